import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace heartwire. */
export namespace heartwire {

    /** Namespace chat. */
    namespace chat {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Chat */
            class Chat extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Chat service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Chat service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Chat;

                /** Calls Join. */
                join: heartwire.chat.v1.Chat.Join;

                /** Calls Leave. */
                leave: heartwire.chat.v1.Chat.Leave;

                /** Calls ListRooms. */
                listRooms: heartwire.chat.v1.Chat.ListRooms;

                /** Calls Who. */
                who: heartwire.chat.v1.Chat.Who;

                /** Calls Say. */
                say: heartwire.chat.v1.Chat.Say;

                /** Calls Kick. */
                kick: heartwire.chat.v1.Chat.Kick;
            }

            namespace Chat {

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#join}.
                 * @param error Error, if any
                 * @param [response] JoinReply
                 */
                type JoinCallback = (error: (Error|null), response?: heartwire.chat.v1.JoinReply) => void;

                /** Calls Join. */
                type Join = {
                  (request: heartwire.chat.v1.IJoinRequest, callback: heartwire.chat.v1.Chat.JoinCallback): void;
                  (request: heartwire.chat.v1.IJoinRequest): Promise<heartwire.chat.v1.JoinReply>;
                  readonly name: "Join";
                  readonly path: "/heartwire.chat.v1.Chat/Join";
                  readonly requestType: "JoinRequest";
                  readonly responseType: "JoinReply";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#leave}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type LeaveCallback = (error: (Error|null), response?: heartwire.chat.v1.Empty) => void;

                /** Calls Leave. */
                type Leave = {
                  (request: heartwire.chat.v1.IRoomRequest, callback: heartwire.chat.v1.Chat.LeaveCallback): void;
                  (request: heartwire.chat.v1.IRoomRequest): Promise<heartwire.chat.v1.Empty>;
                  readonly name: "Leave";
                  readonly path: "/heartwire.chat.v1.Chat/Leave";
                  readonly requestType: "RoomRequest";
                  readonly responseType: "Empty";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#listRooms}.
                 * @param error Error, if any
                 * @param [response] RoomList
                 */
                type ListRoomsCallback = (error: (Error|null), response?: heartwire.chat.v1.RoomList) => void;

                /** Calls ListRooms. */
                type ListRooms = {
                  (request: heartwire.chat.v1.IEmpty, callback: heartwire.chat.v1.Chat.ListRoomsCallback): void;
                  (request: heartwire.chat.v1.IEmpty): Promise<heartwire.chat.v1.RoomList>;
                  readonly name: "ListRooms";
                  readonly path: "/heartwire.chat.v1.Chat/ListRooms";
                  readonly requestType: "Empty";
                  readonly responseType: "RoomList";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#who}.
                 * @param error Error, if any
                 * @param [response] WhoReply
                 */
                type WhoCallback = (error: (Error|null), response?: heartwire.chat.v1.WhoReply) => void;

                /** Calls Who. */
                type Who = {
                  (request: heartwire.chat.v1.IRoomRequest, callback: heartwire.chat.v1.Chat.WhoCallback): void;
                  (request: heartwire.chat.v1.IRoomRequest): Promise<heartwire.chat.v1.WhoReply>;
                  readonly name: "Who";
                  readonly path: "/heartwire.chat.v1.Chat/Who";
                  readonly requestType: "RoomRequest";
                  readonly responseType: "WhoReply";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#say}.
                 * @param error Error, if any
                 * @param [response] ChatMessage
                 */
                type SayCallback = (error: (Error|null), response?: heartwire.chat.v1.ChatMessage) => void;

                /** Calls Say. */
                type Say = {
                  (request: heartwire.chat.v1.ISayRequest, callback: heartwire.chat.v1.Chat.SayCallback): void;
                  (request: heartwire.chat.v1.ISayRequest): Promise<heartwire.chat.v1.ChatMessage>;
                  readonly name: "Say";
                  readonly path: "/heartwire.chat.v1.Chat/Say";
                  readonly requestType: "SayRequest";
                  readonly responseType: "ChatMessage";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#kick}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type KickCallback = (error: (Error|null), response?: heartwire.chat.v1.Empty) => void;

                /** Calls Kick. */
                type Kick = {
                  (request: heartwire.chat.v1.IKickRequest, callback: heartwire.chat.v1.Chat.KickCallback): void;
                  (request: heartwire.chat.v1.IKickRequest): Promise<heartwire.chat.v1.Empty>;
                  readonly name: "Kick";
                  readonly path: "/heartwire.chat.v1.Chat/Kick";
                  readonly requestType: "KickRequest";
                  readonly responseType: "Empty";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of an Empty.
             * @deprecated Use heartwire.chat.v1.Empty.$Properties instead.
             */
            interface IEmpty extends heartwire.chat.v1.Empty.$Properties {
            }

            /** Represents an Empty. */
            class Empty {

                /**
                 * Constructs a new Empty.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.Empty.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Empty instance
                 */
                static create(properties: heartwire.chat.v1.Empty.$Shape): heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape;
                static create(properties?: heartwire.chat.v1.Empty.$Properties): heartwire.chat.v1.Empty;

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link heartwire.chat.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link heartwire.chat.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape;

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape;

                /**
                 * Verifies an Empty message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Empty
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.Empty;

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @param message Empty
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Empty to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Empty
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Empty {

                /** Properties of an Empty. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Empty. */
                type $Shape = heartwire.chat.v1.Empty.$Properties;
            }

            /**
             * Properties of a RoomRequest.
             * @deprecated Use heartwire.chat.v1.RoomRequest.$Properties instead.
             */
            interface IRoomRequest extends heartwire.chat.v1.RoomRequest.$Properties {
            }

            /** Represents a RoomRequest. */
            class RoomRequest {

                /**
                 * Constructs a new RoomRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.RoomRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoomRequest room. */
                room: string;

                /**
                 * Creates a new RoomRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoomRequest instance
                 */
                static create(properties: heartwire.chat.v1.RoomRequest.$Shape): heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape;
                static create(properties?: heartwire.chat.v1.RoomRequest.$Properties): heartwire.chat.v1.RoomRequest;

                /**
                 * Encodes the specified RoomRequest message. Does not implicitly {@link heartwire.chat.v1.RoomRequest.verify|verify} messages.
                 * @param message RoomRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.RoomRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RoomRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomRequest.verify|verify} messages.
                 * @param message RoomRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.RoomRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoomRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape} RoomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape;

                /**
                 * Decodes a RoomRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape} RoomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape;

                /**
                 * Verifies a RoomRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RoomRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RoomRequest
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.RoomRequest;

                /**
                 * Creates a plain object from a RoomRequest message. Also converts values to other types if specified.
                 * @param message RoomRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.RoomRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RoomRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RoomRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoomRequest {

                /** Properties of a RoomRequest. */
                interface $Properties {

                    /** RoomRequest room */
                    room?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoomRequest. */
                type $Shape = heartwire.chat.v1.RoomRequest.$Properties;
            }

            /**
             * Properties of a JoinRequest.
             * @deprecated Use heartwire.chat.v1.JoinRequest.$Properties instead.
             */
            interface IJoinRequest extends heartwire.chat.v1.JoinRequest.$Properties {
            }

            /** Represents a JoinRequest. */
            class JoinRequest {

                /**
                 * Constructs a new JoinRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.JoinRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinRequest room. */
                room: string;

                /** JoinRequest rejoin. */
                rejoin: boolean;

                /**
                 * Creates a new JoinRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinRequest instance
                 */
                static create(properties: heartwire.chat.v1.JoinRequest.$Shape): heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape;
                static create(properties?: heartwire.chat.v1.JoinRequest.$Properties): heartwire.chat.v1.JoinRequest;

                /**
                 * Encodes the specified JoinRequest message. Does not implicitly {@link heartwire.chat.v1.JoinRequest.verify|verify} messages.
                 * @param message JoinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.JoinRequest.verify|verify} messages.
                 * @param message JoinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape;

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape;

                /**
                 * Verifies a JoinRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinRequest
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.JoinRequest;

                /**
                 * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
                 * @param message JoinRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.JoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinRequest {

                /** Properties of a JoinRequest. */
                interface $Properties {

                    /** JoinRequest room */
                    room?: (string|null);

                    /** JoinRequest rejoin */
                    rejoin?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinRequest. */
                type $Shape = heartwire.chat.v1.JoinRequest.$Properties;
            }

            /**
             * Properties of a JoinReply.
             * @deprecated Use heartwire.chat.v1.JoinReply.$Properties instead.
             */
            interface IJoinReply extends heartwire.chat.v1.JoinReply.$Properties {
            }

            /** Represents a JoinReply. */
            class JoinReply {

                /**
                 * Constructs a new JoinReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.JoinReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinReply room. */
                room: string;

                /** JoinReply history. */
                history: heartwire.chat.v1.ChatMessage.$Properties[];

                /** JoinReply members. */
                members: heartwire.chat.v1.Member.$Properties[];

                /** JoinReply epoch. */
                epoch: string;

                /**
                 * Creates a new JoinReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinReply instance
                 */
                static create(properties: heartwire.chat.v1.JoinReply.$Shape): heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape;
                static create(properties?: heartwire.chat.v1.JoinReply.$Properties): heartwire.chat.v1.JoinReply;

                /**
                 * Encodes the specified JoinReply message. Does not implicitly {@link heartwire.chat.v1.JoinReply.verify|verify} messages.
                 * @param message JoinReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.JoinReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinReply message, length delimited. Does not implicitly {@link heartwire.chat.v1.JoinReply.verify|verify} messages.
                 * @param message JoinReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.JoinReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape} JoinReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape;

                /**
                 * Decodes a JoinReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape} JoinReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape;

                /**
                 * Verifies a JoinReply message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinReply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinReply
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.JoinReply;

                /**
                 * Creates a plain object from a JoinReply message. Also converts values to other types if specified.
                 * @param message JoinReply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.JoinReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinReply {

                /** Properties of a JoinReply. */
                interface $Properties {

                    /** JoinReply room */
                    room?: (string|null);

                    /** JoinReply history */
                    history?: (heartwire.chat.v1.ChatMessage.$Properties[]|null);

                    /** JoinReply members */
                    members?: (heartwire.chat.v1.Member.$Properties[]|null);

                    /** JoinReply epoch */
                    epoch?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinReply. */
                type $Shape = heartwire.chat.v1.JoinReply.$Properties;
            }

            /**
             * Properties of a Member.
             * @deprecated Use heartwire.chat.v1.Member.$Properties instead.
             */
            interface IMember extends heartwire.chat.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member user. */
                user: string;

                /** Member online. */
                online: boolean;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: heartwire.chat.v1.Member.$Shape): heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape;
                static create(properties?: heartwire.chat.v1.Member.$Properties): heartwire.chat.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link heartwire.chat.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link heartwire.chat.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape;

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member user */
                    user?: (string|null);

                    /** Member online */
                    online?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = heartwire.chat.v1.Member.$Properties;
            }

            /**
             * Properties of a RoomInfo.
             * @deprecated Use heartwire.chat.v1.RoomInfo.$Properties instead.
             */
            interface IRoomInfo extends heartwire.chat.v1.RoomInfo.$Properties {
            }

            /** Represents a RoomInfo. */
            class RoomInfo {

                /**
                 * Constructs a new RoomInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.RoomInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoomInfo name. */
                name: string;

                /** RoomInfo members. */
                members: number;

                /** RoomInfo online. */
                online: number;

                /**
                 * Creates a new RoomInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoomInfo instance
                 */
                static create(properties: heartwire.chat.v1.RoomInfo.$Shape): heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape;
                static create(properties?: heartwire.chat.v1.RoomInfo.$Properties): heartwire.chat.v1.RoomInfo;

                /**
                 * Encodes the specified RoomInfo message. Does not implicitly {@link heartwire.chat.v1.RoomInfo.verify|verify} messages.
                 * @param message RoomInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.RoomInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RoomInfo message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomInfo.verify|verify} messages.
                 * @param message RoomInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.RoomInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoomInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape} RoomInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape;

                /**
                 * Decodes a RoomInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape} RoomInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape;

                /**
                 * Verifies a RoomInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RoomInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RoomInfo
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.RoomInfo;

                /**
                 * Creates a plain object from a RoomInfo message. Also converts values to other types if specified.
                 * @param message RoomInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.RoomInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RoomInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RoomInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoomInfo {

                /** Properties of a RoomInfo. */
                interface $Properties {

                    /** RoomInfo name */
                    name?: (string|null);

                    /** RoomInfo members */
                    members?: (number|null);

                    /** RoomInfo online */
                    online?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoomInfo. */
                type $Shape = heartwire.chat.v1.RoomInfo.$Properties;
            }

            /**
             * Properties of a RoomList.
             * @deprecated Use heartwire.chat.v1.RoomList.$Properties instead.
             */
            interface IRoomList extends heartwire.chat.v1.RoomList.$Properties {
            }

            /** Represents a RoomList. */
            class RoomList {

                /**
                 * Constructs a new RoomList.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.RoomList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoomList rooms. */
                rooms: heartwire.chat.v1.RoomInfo.$Properties[];

                /**
                 * Creates a new RoomList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoomList instance
                 */
                static create(properties: heartwire.chat.v1.RoomList.$Shape): heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape;
                static create(properties?: heartwire.chat.v1.RoomList.$Properties): heartwire.chat.v1.RoomList;

                /**
                 * Encodes the specified RoomList message. Does not implicitly {@link heartwire.chat.v1.RoomList.verify|verify} messages.
                 * @param message RoomList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.RoomList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RoomList message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomList.verify|verify} messages.
                 * @param message RoomList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.RoomList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoomList message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape} RoomList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape;

                /**
                 * Decodes a RoomList message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape} RoomList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape;

                /**
                 * Verifies a RoomList message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RoomList message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RoomList
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.RoomList;

                /**
                 * Creates a plain object from a RoomList message. Also converts values to other types if specified.
                 * @param message RoomList
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.RoomList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RoomList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RoomList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoomList {

                /** Properties of a RoomList. */
                interface $Properties {

                    /** RoomList rooms */
                    rooms?: (heartwire.chat.v1.RoomInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoomList. */
                type $Shape = heartwire.chat.v1.RoomList.$Properties;
            }

            /**
             * Properties of a WhoReply.
             * @deprecated Use heartwire.chat.v1.WhoReply.$Properties instead.
             */
            interface IWhoReply extends heartwire.chat.v1.WhoReply.$Properties {
            }

            /** Represents a WhoReply. */
            class WhoReply {

                /**
                 * Constructs a new WhoReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.WhoReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WhoReply room. */
                room: string;

                /** WhoReply members. */
                members: heartwire.chat.v1.Member.$Properties[];

                /**
                 * Creates a new WhoReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WhoReply instance
                 */
                static create(properties: heartwire.chat.v1.WhoReply.$Shape): heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape;
                static create(properties?: heartwire.chat.v1.WhoReply.$Properties): heartwire.chat.v1.WhoReply;

                /**
                 * Encodes the specified WhoReply message. Does not implicitly {@link heartwire.chat.v1.WhoReply.verify|verify} messages.
                 * @param message WhoReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.WhoReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WhoReply message, length delimited. Does not implicitly {@link heartwire.chat.v1.WhoReply.verify|verify} messages.
                 * @param message WhoReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.WhoReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WhoReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape} WhoReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape;

                /**
                 * Decodes a WhoReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape} WhoReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape;

                /**
                 * Verifies a WhoReply message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WhoReply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WhoReply
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.WhoReply;

                /**
                 * Creates a plain object from a WhoReply message. Also converts values to other types if specified.
                 * @param message WhoReply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.WhoReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WhoReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WhoReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WhoReply {

                /** Properties of a WhoReply. */
                interface $Properties {

                    /** WhoReply room */
                    room?: (string|null);

                    /** WhoReply members */
                    members?: (heartwire.chat.v1.Member.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WhoReply. */
                type $Shape = heartwire.chat.v1.WhoReply.$Properties;
            }

            /**
             * Properties of a SayRequest.
             * @deprecated Use heartwire.chat.v1.SayRequest.$Properties instead.
             */
            interface ISayRequest extends heartwire.chat.v1.SayRequest.$Properties {
            }

            /** Represents a SayRequest. */
            class SayRequest {

                /**
                 * Constructs a new SayRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.SayRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SayRequest room. */
                room: string;

                /** SayRequest text. */
                text: string;

                /**
                 * Creates a new SayRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SayRequest instance
                 */
                static create(properties: heartwire.chat.v1.SayRequest.$Shape): heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape;
                static create(properties?: heartwire.chat.v1.SayRequest.$Properties): heartwire.chat.v1.SayRequest;

                /**
                 * Encodes the specified SayRequest message. Does not implicitly {@link heartwire.chat.v1.SayRequest.verify|verify} messages.
                 * @param message SayRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.SayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SayRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.SayRequest.verify|verify} messages.
                 * @param message SayRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.SayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SayRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape} SayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape;

                /**
                 * Decodes a SayRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape} SayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape;

                /**
                 * Verifies a SayRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SayRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SayRequest
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.SayRequest;

                /**
                 * Creates a plain object from a SayRequest message. Also converts values to other types if specified.
                 * @param message SayRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.SayRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SayRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SayRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SayRequest {

                /** Properties of a SayRequest. */
                interface $Properties {

                    /** SayRequest room */
                    room?: (string|null);

                    /** SayRequest text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SayRequest. */
                type $Shape = heartwire.chat.v1.SayRequest.$Properties;
            }

            /**
             * Properties of a KickRequest.
             * @deprecated Use heartwire.chat.v1.KickRequest.$Properties instead.
             */
            interface IKickRequest extends heartwire.chat.v1.KickRequest.$Properties {
            }

            /** Represents a KickRequest. */
            class KickRequest {

                /**
                 * Constructs a new KickRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.KickRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KickRequest user. */
                user: string;

                /** KickRequest reason. */
                reason: string;

                /**
                 * Creates a new KickRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KickRequest instance
                 */
                static create(properties: heartwire.chat.v1.KickRequest.$Shape): heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape;
                static create(properties?: heartwire.chat.v1.KickRequest.$Properties): heartwire.chat.v1.KickRequest;

                /**
                 * Encodes the specified KickRequest message. Does not implicitly {@link heartwire.chat.v1.KickRequest.verify|verify} messages.
                 * @param message KickRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.KickRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified KickRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.KickRequest.verify|verify} messages.
                 * @param message KickRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.KickRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KickRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape} KickRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape;

                /**
                 * Decodes a KickRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape} KickRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape;

                /**
                 * Verifies a KickRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a KickRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KickRequest
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.KickRequest;

                /**
                 * Creates a plain object from a KickRequest message. Also converts values to other types if specified.
                 * @param message KickRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.KickRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KickRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for KickRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KickRequest {

                /** Properties of a KickRequest. */
                interface $Properties {

                    /** KickRequest user */
                    user?: (string|null);

                    /** KickRequest reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KickRequest. */
                type $Shape = heartwire.chat.v1.KickRequest.$Properties;
            }

            /**
             * Properties of a ChatMessage.
             * @deprecated Use heartwire.chat.v1.ChatMessage.$Properties instead.
             */
            interface IChatMessage extends heartwire.chat.v1.ChatMessage.$Properties {
            }

            /** Represents a ChatMessage. */
            class ChatMessage {

                /**
                 * Constructs a new ChatMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.ChatMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChatMessage room. */
                room: string;

                /** ChatMessage from. */
                from: string;

                /** ChatMessage text. */
                text: string;

                /** ChatMessage atMs. */
                atMs: number;

                /** ChatMessage seq. */
                seq: number;

                /** ChatMessage epoch. */
                epoch: string;

                /**
                 * Creates a new ChatMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChatMessage instance
                 */
                static create(properties: heartwire.chat.v1.ChatMessage.$Shape): heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape;
                static create(properties?: heartwire.chat.v1.ChatMessage.$Properties): heartwire.chat.v1.ChatMessage;

                /**
                 * Encodes the specified ChatMessage message. Does not implicitly {@link heartwire.chat.v1.ChatMessage.verify|verify} messages.
                 * @param message ChatMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link heartwire.chat.v1.ChatMessage.verify|verify} messages.
                 * @param message ChatMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape;

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape;

                /**
                 * Verifies a ChatMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChatMessage
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.ChatMessage;

                /**
                 * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
                 * @param message ChatMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.ChatMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChatMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChatMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChatMessage {

                /** Properties of a ChatMessage. */
                interface $Properties {

                    /** ChatMessage room */
                    room?: (string|null);

                    /** ChatMessage from */
                    from?: (string|null);

                    /** ChatMessage text */
                    text?: (string|null);

                    /** ChatMessage atMs */
                    atMs?: (number|null);

                    /** ChatMessage seq */
                    seq?: (number|null);

                    /** ChatMessage epoch */
                    epoch?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChatMessage. */
                type $Shape = heartwire.chat.v1.ChatMessage.$Properties;
            }

            /**
             * Properties of a Presence.
             * @deprecated Use heartwire.chat.v1.Presence.$Properties instead.
             */
            interface IPresence extends heartwire.chat.v1.Presence.$Properties {
            }

            /** Represents a Presence. */
            class Presence {

                /**
                 * Constructs a new Presence.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: heartwire.chat.v1.Presence.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Presence room. */
                room: string;

                /** Presence user. */
                user: string;

                /** Presence kind. */
                kind: heartwire.chat.v1.Presence.Kind;

                /** Presence reason. */
                reason: string;

                /** Presence message. */
                message: string;

                /** Presence atMs. */
                atMs: number;

                /** Presence rejoin. */
                rejoin: boolean;

                /**
                 * Creates a new Presence instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Presence instance
                 */
                static create(properties: heartwire.chat.v1.Presence.$Shape): heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape;
                static create(properties?: heartwire.chat.v1.Presence.$Properties): heartwire.chat.v1.Presence;

                /**
                 * Encodes the specified Presence message. Does not implicitly {@link heartwire.chat.v1.Presence.verify|verify} messages.
                 * @param message Presence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: heartwire.chat.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Presence message, length delimited. Does not implicitly {@link heartwire.chat.v1.Presence.verify|verify} messages.
                 * @param message Presence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: heartwire.chat.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Presence message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape;

                /**
                 * Decodes a Presence message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape;

                /**
                 * Verifies a Presence message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Presence message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Presence
                 */
                static fromObject(object: { [k: string]: any }): heartwire.chat.v1.Presence;

                /**
                 * Creates a plain object from a Presence message. Also converts values to other types if specified.
                 * @param message Presence
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: heartwire.chat.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Presence to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Presence
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Presence {

                /** Properties of a Presence. */
                interface $Properties {

                    /** Presence room */
                    room?: (string|null);

                    /** Presence user */
                    user?: (string|null);

                    /** Presence kind */
                    kind?: (heartwire.chat.v1.Presence.Kind|null);

                    /** Presence reason */
                    reason?: (string|null);

                    /** Presence message */
                    message?: (string|null);

                    /** Presence atMs */
                    atMs?: (number|null);

                    /** Presence rejoin */
                    rejoin?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Presence. */
                type $Shape = heartwire.chat.v1.Presence.$Properties;

                /** Kind enum. */
                enum Kind {

                    /** KIND_UNSPECIFIED value */
                    KIND_UNSPECIFIED = 0,

                    /** JOINED value */
                    JOINED = 1,

                    /** LEFT value */
                    LEFT = 2,

                    /** OFFLINE value */
                    OFFLINE = 3,

                    /** ONLINE value */
                    ONLINE = 4
                }
            }
        }
    }
}
