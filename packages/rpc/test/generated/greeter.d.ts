import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace demo. */
export namespace demo {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a HelloRequest.
         * @deprecated Use demo.v1.HelloRequest.$Properties instead.
         */
        interface IHelloRequest extends demo.v1.HelloRequest.$Properties {
        }

        /** Represents a HelloRequest. */
        class HelloRequest {

            /**
             * Constructs a new HelloRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: demo.v1.HelloRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloRequest name. */
            name: string;

            /** HelloRequest delayMs. */
            delayMs: number;

            /** HelloRequest fail. */
            fail: boolean;

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloRequest instance
             */
            static create(properties: demo.v1.HelloRequest.$Shape): demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape;
            static create(properties?: demo.v1.HelloRequest.$Properties): demo.v1.HelloRequest;

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link demo.v1.HelloRequest.verify|verify} messages.
             * @param message HelloRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: demo.v1.HelloRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HelloRequest message, length delimited. Does not implicitly {@link demo.v1.HelloRequest.verify|verify} messages.
             * @param message HelloRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: demo.v1.HelloRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape;

            /**
             * Decodes a HelloRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape;

            /**
             * Verifies a HelloRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloRequest
             */
            static fromObject(object: { [k: string]: any }): demo.v1.HelloRequest;

            /**
             * Creates a plain object from a HelloRequest message. Also converts values to other types if specified.
             * @param message HelloRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: demo.v1.HelloRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloRequest {

            /** Properties of a HelloRequest. */
            interface $Properties {

                /** HelloRequest name */
                name?: (string|null);

                /** HelloRequest delayMs */
                delayMs?: (number|null);

                /** HelloRequest fail */
                fail?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloRequest. */
            type $Shape = demo.v1.HelloRequest.$Properties;
        }

        /**
         * Properties of a HelloReply.
         * @deprecated Use demo.v1.HelloReply.$Properties instead.
         */
        interface IHelloReply extends demo.v1.HelloReply.$Properties {
        }

        /** Represents a HelloReply. */
        class HelloReply {

            /**
             * Constructs a new HelloReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: demo.v1.HelloReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloReply message. */
            message: string;

            /** HelloReply count. */
            count: number;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloReply instance
             */
            static create(properties: demo.v1.HelloReply.$Shape): demo.v1.HelloReply & demo.v1.HelloReply.$Shape;
            static create(properties?: demo.v1.HelloReply.$Properties): demo.v1.HelloReply;

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link demo.v1.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: demo.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HelloReply message, length delimited. Does not implicitly {@link demo.v1.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: demo.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {demo.v1.HelloReply & demo.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): demo.v1.HelloReply & demo.v1.HelloReply.$Shape;

            /**
             * Decodes a HelloReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {demo.v1.HelloReply & demo.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): demo.v1.HelloReply & demo.v1.HelloReply.$Shape;

            /**
             * Verifies a HelloReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloReply
             */
            static fromObject(object: { [k: string]: any }): demo.v1.HelloReply;

            /**
             * Creates a plain object from a HelloReply message. Also converts values to other types if specified.
             * @param message HelloReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: demo.v1.HelloReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloReply {

            /** Properties of a HelloReply. */
            interface $Properties {

                /** HelloReply message */
                message?: (string|null);

                /** HelloReply count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloReply. */
            type $Shape = demo.v1.HelloReply.$Properties;
        }

        /**
         * Properties of an Echo.
         * @deprecated Use demo.v1.Echo.$Properties instead.
         */
        interface IEcho extends demo.v1.Echo.$Properties {
        }

        /** Represents an Echo. */
        class Echo {

            /**
             * Constructs a new Echo.
             * @param [properties] Properties to set
             */
            constructor(properties?: demo.v1.Echo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Echo data. */
            data: Uint8Array;

            /**
             * Creates a new Echo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Echo instance
             */
            static create(properties: demo.v1.Echo.$Shape): demo.v1.Echo & demo.v1.Echo.$Shape;
            static create(properties?: demo.v1.Echo.$Properties): demo.v1.Echo;

            /**
             * Encodes the specified Echo message. Does not implicitly {@link demo.v1.Echo.verify|verify} messages.
             * @param message Echo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: demo.v1.Echo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Echo message, length delimited. Does not implicitly {@link demo.v1.Echo.verify|verify} messages.
             * @param message Echo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: demo.v1.Echo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Echo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {demo.v1.Echo & demo.v1.Echo.$Shape} Echo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): demo.v1.Echo & demo.v1.Echo.$Shape;

            /**
             * Decodes an Echo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {demo.v1.Echo & demo.v1.Echo.$Shape} Echo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): demo.v1.Echo & demo.v1.Echo.$Shape;

            /**
             * Verifies an Echo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Echo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Echo
             */
            static fromObject(object: { [k: string]: any }): demo.v1.Echo;

            /**
             * Creates a plain object from an Echo message. Also converts values to other types if specified.
             * @param message Echo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: demo.v1.Echo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Echo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Echo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Echo {

            /** Properties of an Echo. */
            interface $Properties {

                /** Echo data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Echo. */
            type $Shape = demo.v1.Echo.$Properties;
        }

        /**
         * Properties of a ChatPush.
         * @deprecated Use demo.v1.ChatPush.$Properties instead.
         */
        interface IChatPush extends demo.v1.ChatPush.$Properties {
        }

        /** Represents a ChatPush. */
        class ChatPush {

            /**
             * Constructs a new ChatPush.
             * @param [properties] Properties to set
             */
            constructor(properties?: demo.v1.ChatPush.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatPush from. */
            from: string;

            /** ChatPush text. */
            text: string;

            /**
             * Creates a new ChatPush instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatPush instance
             */
            static create(properties: demo.v1.ChatPush.$Shape): demo.v1.ChatPush & demo.v1.ChatPush.$Shape;
            static create(properties?: demo.v1.ChatPush.$Properties): demo.v1.ChatPush;

            /**
             * Encodes the specified ChatPush message. Does not implicitly {@link demo.v1.ChatPush.verify|verify} messages.
             * @param message ChatPush message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: demo.v1.ChatPush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChatPush message, length delimited. Does not implicitly {@link demo.v1.ChatPush.verify|verify} messages.
             * @param message ChatPush message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: demo.v1.ChatPush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatPush message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {demo.v1.ChatPush & demo.v1.ChatPush.$Shape} ChatPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): demo.v1.ChatPush & demo.v1.ChatPush.$Shape;

            /**
             * Decodes a ChatPush message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {demo.v1.ChatPush & demo.v1.ChatPush.$Shape} ChatPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): demo.v1.ChatPush & demo.v1.ChatPush.$Shape;

            /**
             * Verifies a ChatPush message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChatPush message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChatPush
             */
            static fromObject(object: { [k: string]: any }): demo.v1.ChatPush;

            /**
             * Creates a plain object from a ChatPush message. Also converts values to other types if specified.
             * @param message ChatPush
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: demo.v1.ChatPush, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChatPush to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChatPush
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatPush {

            /** Properties of a ChatPush. */
            interface $Properties {

                /** ChatPush from */
                from?: (string|null);

                /** ChatPush text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatPush. */
            type $Shape = demo.v1.ChatPush.$Properties;
        }

        /** Represents a Greeter */
        class Greeter extends $protobuf.rpc.Service {

            /**
             * Constructs a new Greeter service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Greeter service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Greeter;

            /** Calls SayHello. */
            sayHello: demo.v1.Greeter.SayHello;

            /** Calls Echo. */
            echo: demo.v1.Greeter.Echo;
        }

        namespace Greeter {

            /**
             * Callback as used by {@link demo.v1.Greeter#sayHello}.
             * @param error Error, if any
             * @param [response] HelloReply
             */
            type SayHelloCallback = (error: (Error|null), response?: demo.v1.HelloReply) => void;

            /** Calls SayHello. */
            type SayHello = {
              (request: demo.v1.IHelloRequest, callback: demo.v1.Greeter.SayHelloCallback): void;
              (request: demo.v1.IHelloRequest): Promise<demo.v1.HelloReply>;
              readonly name: "SayHello";
              readonly path: "/demo.v1.Greeter/SayHello";
              readonly requestType: "HelloRequest";
              readonly responseType: "HelloReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link demo.v1.Greeter#echo}.
             * @param error Error, if any
             * @param [response] Echo
             */
            type EchoCallback = (error: (Error|null), response?: demo.v1.Echo) => void;

            /** Calls Echo. */
            type Echo = {
              (request: demo.v1.IEcho, callback: demo.v1.Greeter.EchoCallback): void;
              (request: demo.v1.IEcho): Promise<demo.v1.Echo>;
              readonly name: "Echo";
              readonly path: "/demo.v1.Greeter/Echo";
              readonly requestType: "Echo";
              readonly responseType: "Echo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }
    }
}
