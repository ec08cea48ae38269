/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const heartwire = $root.heartwire = (() => {

    /**
     * Namespace heartwire.
     * @exports heartwire
     * @namespace
     */
    const heartwire = {};

    heartwire.chat = (function() {

        /**
         * Namespace chat.
         * @memberof heartwire
         * @namespace
         */
        const chat = {};

        chat.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof heartwire.chat
             * @namespace
             */
            const v1 = {};

            v1.Chat = (function() {

                /**
                 * Constructs a new Chat service.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a Chat
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Chat = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Chat.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Chat, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Chat service using the specified rpc implementation.
                 * @function create
                 * @memberof heartwire.chat.v1.Chat
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Chat} RPC service. Useful where requests and/or responses are streamed.
                 */
                Chat.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#join}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef JoinCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.JoinReply} [response] JoinReply
                 */

                /**
                 * Calls Join.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef Join
                 * @type {{
                 *   (request: heartwire.chat.v1.IJoinRequest, callback: heartwire.chat.v1.Chat.JoinCallback): void;
                 *   (request: heartwire.chat.v1.IJoinRequest): Promise<heartwire.chat.v1.JoinReply>;
                 *   readonly name: "Join";
                 *   readonly path: "/heartwire.chat.v1.Chat/Join";
                 *   readonly requestType: "JoinRequest";
                 *   readonly responseType: "JoinReply";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Join.
                 * @name heartwire.chat.v1.Chat#join
                 * @type {heartwire.chat.v1.Chat.Join}
                 */
                $Object.defineProperties(Chat.prototype.join = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.join, $root.heartwire.chat.v1.JoinRequest, $root.heartwire.chat.v1.JoinReply, request, callback);
                }, {
                    name: { value: "Join" },
                    path: { value: "/heartwire.chat.v1.Chat/Join" },
                    requestType: { value: "JoinRequest" },
                    responseType: { value: "JoinReply" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#leave}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef LeaveCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.Empty} [response] Empty
                 */

                /**
                 * Calls Leave.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef Leave
                 * @type {{
                 *   (request: heartwire.chat.v1.IRoomRequest, callback: heartwire.chat.v1.Chat.LeaveCallback): void;
                 *   (request: heartwire.chat.v1.IRoomRequest): Promise<heartwire.chat.v1.Empty>;
                 *   readonly name: "Leave";
                 *   readonly path: "/heartwire.chat.v1.Chat/Leave";
                 *   readonly requestType: "RoomRequest";
                 *   readonly responseType: "Empty";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Leave.
                 * @name heartwire.chat.v1.Chat#leave
                 * @type {heartwire.chat.v1.Chat.Leave}
                 */
                $Object.defineProperties(Chat.prototype.leave = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.leave, $root.heartwire.chat.v1.RoomRequest, $root.heartwire.chat.v1.Empty, request, callback);
                }, {
                    name: { value: "Leave" },
                    path: { value: "/heartwire.chat.v1.Chat/Leave" },
                    requestType: { value: "RoomRequest" },
                    responseType: { value: "Empty" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#listRooms}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef ListRoomsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.RoomList} [response] RoomList
                 */

                /**
                 * Calls ListRooms.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef ListRooms
                 * @type {{
                 *   (request: heartwire.chat.v1.IEmpty, callback: heartwire.chat.v1.Chat.ListRoomsCallback): void;
                 *   (request: heartwire.chat.v1.IEmpty): Promise<heartwire.chat.v1.RoomList>;
                 *   readonly name: "ListRooms";
                 *   readonly path: "/heartwire.chat.v1.Chat/ListRooms";
                 *   readonly requestType: "Empty";
                 *   readonly responseType: "RoomList";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ListRooms.
                 * @name heartwire.chat.v1.Chat#listRooms
                 * @type {heartwire.chat.v1.Chat.ListRooms}
                 */
                $Object.defineProperties(Chat.prototype.listRooms = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.listRooms, $root.heartwire.chat.v1.Empty, $root.heartwire.chat.v1.RoomList, request, callback);
                }, {
                    name: { value: "ListRooms" },
                    path: { value: "/heartwire.chat.v1.Chat/ListRooms" },
                    requestType: { value: "Empty" },
                    responseType: { value: "RoomList" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#who}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef WhoCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.WhoReply} [response] WhoReply
                 */

                /**
                 * Calls Who.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef Who
                 * @type {{
                 *   (request: heartwire.chat.v1.IRoomRequest, callback: heartwire.chat.v1.Chat.WhoCallback): void;
                 *   (request: heartwire.chat.v1.IRoomRequest): Promise<heartwire.chat.v1.WhoReply>;
                 *   readonly name: "Who";
                 *   readonly path: "/heartwire.chat.v1.Chat/Who";
                 *   readonly requestType: "RoomRequest";
                 *   readonly responseType: "WhoReply";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Who.
                 * @name heartwire.chat.v1.Chat#who
                 * @type {heartwire.chat.v1.Chat.Who}
                 */
                $Object.defineProperties(Chat.prototype.who = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.who, $root.heartwire.chat.v1.RoomRequest, $root.heartwire.chat.v1.WhoReply, request, callback);
                }, {
                    name: { value: "Who" },
                    path: { value: "/heartwire.chat.v1.Chat/Who" },
                    requestType: { value: "RoomRequest" },
                    responseType: { value: "WhoReply" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#say}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef SayCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.ChatMessage} [response] ChatMessage
                 */

                /**
                 * Calls Say.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef Say
                 * @type {{
                 *   (request: heartwire.chat.v1.ISayRequest, callback: heartwire.chat.v1.Chat.SayCallback): void;
                 *   (request: heartwire.chat.v1.ISayRequest): Promise<heartwire.chat.v1.ChatMessage>;
                 *   readonly name: "Say";
                 *   readonly path: "/heartwire.chat.v1.Chat/Say";
                 *   readonly requestType: "SayRequest";
                 *   readonly responseType: "ChatMessage";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Say.
                 * @name heartwire.chat.v1.Chat#say
                 * @type {heartwire.chat.v1.Chat.Say}
                 */
                $Object.defineProperties(Chat.prototype.say = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.say, $root.heartwire.chat.v1.SayRequest, $root.heartwire.chat.v1.ChatMessage, request, callback);
                }, {
                    name: { value: "Say" },
                    path: { value: "/heartwire.chat.v1.Chat/Say" },
                    requestType: { value: "SayRequest" },
                    responseType: { value: "ChatMessage" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link heartwire.chat.v1.Chat#kick}.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef KickCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {heartwire.chat.v1.Empty} [response] Empty
                 */

                /**
                 * Calls Kick.
                 * @memberof heartwire.chat.v1.Chat
                 * @typedef Kick
                 * @type {{
                 *   (request: heartwire.chat.v1.IKickRequest, callback: heartwire.chat.v1.Chat.KickCallback): void;
                 *   (request: heartwire.chat.v1.IKickRequest): Promise<heartwire.chat.v1.Empty>;
                 *   readonly name: "Kick";
                 *   readonly path: "/heartwire.chat.v1.Chat/Kick";
                 *   readonly requestType: "KickRequest";
                 *   readonly responseType: "Empty";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Kick.
                 * @name heartwire.chat.v1.Chat#kick
                 * @type {heartwire.chat.v1.Chat.Kick}
                 */
                $Object.defineProperties(Chat.prototype.kick = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Chat.prototype.kick, $root.heartwire.chat.v1.KickRequest, $root.heartwire.chat.v1.Empty, request, callback);
                }, {
                    name: { value: "Kick" },
                    path: { value: "/heartwire.chat.v1.Chat/Kick" },
                    requestType: { value: "KickRequest" },
                    responseType: { value: "Empty" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Chat;
            })();

            v1.Empty = (function() {

                /**
                 * Properties of an Empty.
                 * @typedef {Object} heartwire.chat.v1.Empty.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Empty.
                 * @memberof heartwire.chat.v1
                 * @interface IEmpty
                 * @augments heartwire.chat.v1.Empty.$Properties
                 * @deprecated Use heartwire.chat.v1.Empty.$Properties instead.
                 */

                /**
                 * Shape of an Empty.
                 * @typedef {heartwire.chat.v1.Empty.$Properties} heartwire.chat.v1.Empty.$Shape
                 */

                /**
                 * Constructs a new Empty.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents an Empty.
                 * @constructor
                 * @param {heartwire.chat.v1.Empty.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Empty = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {heartwire.chat.v1.Empty.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.Empty} Empty instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.Empty.$Shape): heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape;
                 *   (properties?: heartwire.chat.v1.Empty.$Properties): heartwire.chat.v1.Empty;
                 * }}
                 */
                Empty.create = function(properties) {
                    return new Empty(properties);
                };

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link heartwire.chat.v1.Empty.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {heartwire.chat.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link heartwire.chat.v1.Empty.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {heartwire.chat.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.Empty();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Empty & heartwire.chat.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Empty message.
                 * @function verify
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Empty.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.Empty} Empty
                 */
                Empty.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.Empty)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.Empty: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.heartwire.chat.v1.Empty();
                };

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {heartwire.chat.v1.Empty} message Empty
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Empty.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Empty to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.Empty
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Empty.prototype.toJSON = function() {
                    return Empty.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Empty
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.Empty
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Empty.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.Empty";
                };

                return Empty;
            })();

            v1.RoomRequest = (function() {

                /**
                 * Properties of a RoomRequest.
                 * @typedef {Object} heartwire.chat.v1.RoomRequest.$Properties
                 * @property {string|null} [room] RoomRequest room
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoomRequest.
                 * @memberof heartwire.chat.v1
                 * @interface IRoomRequest
                 * @augments heartwire.chat.v1.RoomRequest.$Properties
                 * @deprecated Use heartwire.chat.v1.RoomRequest.$Properties instead.
                 */

                /**
                 * Shape of a RoomRequest.
                 * @typedef {heartwire.chat.v1.RoomRequest.$Properties} heartwire.chat.v1.RoomRequest.$Shape
                 */

                /**
                 * Constructs a new RoomRequest.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a RoomRequest.
                 * @constructor
                 * @param {heartwire.chat.v1.RoomRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoomRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoomRequest room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @instance
                 */
                RoomRequest.prototype.room = "";

                /**
                 * Creates a new RoomRequest instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {heartwire.chat.v1.RoomRequest.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.RoomRequest} RoomRequest instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.RoomRequest.$Shape): heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape;
                 *   (properties?: heartwire.chat.v1.RoomRequest.$Properties): heartwire.chat.v1.RoomRequest;
                 * }}
                 */
                RoomRequest.create = function(properties) {
                    return new RoomRequest(properties);
                };

                /**
                 * Encodes the specified RoomRequest message. Does not implicitly {@link heartwire.chat.v1.RoomRequest.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {heartwire.chat.v1.RoomRequest.$Properties} message RoomRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RoomRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {heartwire.chat.v1.RoomRequest.$Properties} message RoomRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RoomRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape} RoomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.RoomRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RoomRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomRequest & heartwire.chat.v1.RoomRequest.$Shape} RoomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RoomRequest message.
                 * @function verify
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RoomRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    return null;
                };

                /**
                 * Creates a RoomRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.RoomRequest} RoomRequest
                 */
                RoomRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.RoomRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.RoomRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.RoomRequest();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    return message;
                };

                /**
                 * Creates a plain object from a RoomRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {heartwire.chat.v1.RoomRequest} message RoomRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RoomRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.room = "";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    return object;
                };

                /**
                 * Converts this RoomRequest to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RoomRequest.prototype.toJSON = function() {
                    return RoomRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RoomRequest
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.RoomRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoomRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.RoomRequest";
                };

                return RoomRequest;
            })();

            v1.JoinRequest = (function() {

                /**
                 * Properties of a JoinRequest.
                 * @typedef {Object} heartwire.chat.v1.JoinRequest.$Properties
                 * @property {string|null} [room] JoinRequest room
                 * @property {boolean|null} [rejoin] JoinRequest rejoin
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinRequest.
                 * @memberof heartwire.chat.v1
                 * @interface IJoinRequest
                 * @augments heartwire.chat.v1.JoinRequest.$Properties
                 * @deprecated Use heartwire.chat.v1.JoinRequest.$Properties instead.
                 */

                /**
                 * Shape of a JoinRequest.
                 * @typedef {heartwire.chat.v1.JoinRequest.$Properties} heartwire.chat.v1.JoinRequest.$Shape
                 */

                /**
                 * Constructs a new JoinRequest.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a JoinRequest.
                 * @constructor
                 * @param {heartwire.chat.v1.JoinRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JoinRequest room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.room = "";

                /**
                 * JoinRequest rejoin.
                 * @member {boolean} rejoin
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.rejoin = false;

                /**
                 * Creates a new JoinRequest instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {heartwire.chat.v1.JoinRequest.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.JoinRequest} JoinRequest instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.JoinRequest.$Shape): heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape;
                 *   (properties?: heartwire.chat.v1.JoinRequest.$Properties): heartwire.chat.v1.JoinRequest;
                 * }}
                 */
                JoinRequest.create = function(properties) {
                    return new JoinRequest(properties);
                };

                /**
                 * Encodes the specified JoinRequest message. Does not implicitly {@link heartwire.chat.v1.JoinRequest.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {heartwire.chat.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin") && message.rejoin !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.rejoin);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.JoinRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {heartwire.chat.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.JoinRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.rejoin = value;
                                else
                                    delete message.rejoin;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.JoinRequest & heartwire.chat.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a JoinRequest message.
                 * @function verify
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JoinRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin"))
                        if (typeof message.rejoin !== "boolean")
                            return "rejoin: boolean expected";
                    return null;
                };

                /**
                 * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.JoinRequest} JoinRequest
                 */
                JoinRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.JoinRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.JoinRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.JoinRequest();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.rejoin != null)
                        if (object.rejoin)
                            message.rejoin = $Boolean(object.rejoin);
                    return message;
                };

                /**
                 * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {heartwire.chat.v1.JoinRequest} message JoinRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.room = "";
                        object.rejoin = false;
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin"))
                        object.rejoin = message.rejoin;
                    return object;
                };

                /**
                 * Converts this JoinRequest to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinRequest.prototype.toJSON = function() {
                    return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinRequest
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.JoinRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.JoinRequest";
                };

                return JoinRequest;
            })();

            v1.JoinReply = (function() {

                /**
                 * Properties of a JoinReply.
                 * @typedef {Object} heartwire.chat.v1.JoinReply.$Properties
                 * @property {string|null} [room] JoinReply room
                 * @property {Array.<heartwire.chat.v1.ChatMessage.$Properties>|null} [history] JoinReply history
                 * @property {Array.<heartwire.chat.v1.Member.$Properties>|null} [members] JoinReply members
                 * @property {string|null} [epoch] JoinReply epoch
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinReply.
                 * @memberof heartwire.chat.v1
                 * @interface IJoinReply
                 * @augments heartwire.chat.v1.JoinReply.$Properties
                 * @deprecated Use heartwire.chat.v1.JoinReply.$Properties instead.
                 */

                /**
                 * Shape of a JoinReply.
                 * @typedef {heartwire.chat.v1.JoinReply.$Properties} heartwire.chat.v1.JoinReply.$Shape
                 */

                /**
                 * Constructs a new JoinReply.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a JoinReply.
                 * @constructor
                 * @param {heartwire.chat.v1.JoinReply.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinReply = function (properties) {
                    this.history = [];
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JoinReply room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.JoinReply
                 * @instance
                 */
                JoinReply.prototype.room = "";

                /**
                 * JoinReply history.
                 * @member {Array.<heartwire.chat.v1.ChatMessage.$Properties>} history
                 * @memberof heartwire.chat.v1.JoinReply
                 * @instance
                 */
                JoinReply.prototype.history = $util.emptyArray;

                /**
                 * JoinReply members.
                 * @member {Array.<heartwire.chat.v1.Member.$Properties>} members
                 * @memberof heartwire.chat.v1.JoinReply
                 * @instance
                 */
                JoinReply.prototype.members = $util.emptyArray;

                /**
                 * JoinReply epoch.
                 * @member {string} epoch
                 * @memberof heartwire.chat.v1.JoinReply
                 * @instance
                 */
                JoinReply.prototype.epoch = "";

                /**
                 * Creates a new JoinReply instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {heartwire.chat.v1.JoinReply.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.JoinReply} JoinReply instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.JoinReply.$Shape): heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape;
                 *   (properties?: heartwire.chat.v1.JoinReply.$Properties): heartwire.chat.v1.JoinReply;
                 * }}
                 */
                JoinReply.create = function(properties) {
                    return new JoinReply(properties);
                };

                /**
                 * Encodes the specified JoinReply message. Does not implicitly {@link heartwire.chat.v1.JoinReply.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {heartwire.chat.v1.JoinReply.$Properties} message JoinReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinReply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.history != null && message.history.length)
                        for (let i = 0; i < message.history.length; ++i)
                            $root.heartwire.chat.v1.ChatMessage.encode(message.history[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.heartwire.chat.v1.Member.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.epoch);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified JoinReply message, length delimited. Does not implicitly {@link heartwire.chat.v1.JoinReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {heartwire.chat.v1.JoinReply.$Properties} message JoinReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a JoinReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape} JoinReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinReply.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.JoinReply();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.history && message.history.length))
                                    message.history = [];
                                message.history.push($root.heartwire.chat.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.heartwire.chat.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a JoinReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.JoinReply & heartwire.chat.v1.JoinReply.$Shape} JoinReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a JoinReply message.
                 * @function verify
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JoinReply.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                        if (!$Array.isArray(message.history))
                            return "history: array expected";
                        for (let i = 0; i < message.history.length; ++i) {
                            let error = $root.heartwire.chat.v1.ChatMessage.verify(message.history[i], _depth + 1);
                            if (error)
                                return "history." + error;
                        }
                    }
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.heartwire.chat.v1.Member.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        if (!$util.isString(message.epoch))
                            return "epoch: string expected";
                    return null;
                };

                /**
                 * Creates a JoinReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.JoinReply} JoinReply
                 */
                JoinReply.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.JoinReply)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.JoinReply: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.JoinReply();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.history) {
                        if (!$Array.isArray(object.history))
                            throw $TypeError(".heartwire.chat.v1.JoinReply.history: array expected");
                        message.history = $Array(object.history.length);
                        for (let i = 0; i < object.history.length; ++i) {
                            if (!$util.isObject(object.history[i]))
                                throw $TypeError(".heartwire.chat.v1.JoinReply.history: object expected");
                            message.history[i] = $root.heartwire.chat.v1.ChatMessage.fromObject(object.history[i], _depth + 1);
                        }
                    }
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".heartwire.chat.v1.JoinReply.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".heartwire.chat.v1.JoinReply.members: object expected");
                            message.members[i] = $root.heartwire.chat.v1.Member.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.epoch != null)
                        if (typeof object.epoch !== "string" || object.epoch.length)
                            message.epoch = $String(object.epoch);
                    return message;
                };

                /**
                 * Creates a plain object from a JoinReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {heartwire.chat.v1.JoinReply} message JoinReply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinReply.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.history = [];
                        object.members = [];
                    }
                    if (options.defaults) {
                        object.room = "";
                        object.epoch = "";
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.history && message.history.length) {
                        object.history = $Array(message.history.length);
                        for (let j = 0; j < message.history.length; ++j)
                            object.history[j] = $root.heartwire.chat.v1.ChatMessage.toObject(message.history[j], options, _depth + 1);
                    }
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.heartwire.chat.v1.Member.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    return object;
                };

                /**
                 * Converts this JoinReply to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.JoinReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinReply.prototype.toJSON = function() {
                    return JoinReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinReply
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.JoinReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.JoinReply";
                };

                return JoinReply;
            })();

            v1.Member = (function() {

                /**
                 * Properties of a Member.
                 * @typedef {Object} heartwire.chat.v1.Member.$Properties
                 * @property {string|null} [user] Member user
                 * @property {boolean|null} [online] Member online
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Member.
                 * @memberof heartwire.chat.v1
                 * @interface IMember
                 * @augments heartwire.chat.v1.Member.$Properties
                 * @deprecated Use heartwire.chat.v1.Member.$Properties instead.
                 */

                /**
                 * Shape of a Member.
                 * @typedef {heartwire.chat.v1.Member.$Properties} heartwire.chat.v1.Member.$Shape
                 */

                /**
                 * Constructs a new Member.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a Member.
                 * @constructor
                 * @param {heartwire.chat.v1.Member.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Member = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Member user.
                 * @member {string} user
                 * @memberof heartwire.chat.v1.Member
                 * @instance
                 */
                Member.prototype.user = "";

                /**
                 * Member online.
                 * @member {boolean} online
                 * @memberof heartwire.chat.v1.Member
                 * @instance
                 */
                Member.prototype.online = false;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {heartwire.chat.v1.Member.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.Member} Member instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.Member.$Shape): heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape;
                 *   (properties?: heartwire.chat.v1.Member.$Properties): heartwire.chat.v1.Member;
                 * }}
                 */
                Member.create = function(properties) {
                    return new Member(properties);
                };

                /**
                 * Encodes the specified Member message. Does not implicitly {@link heartwire.chat.v1.Member.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {heartwire.chat.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.online);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link heartwire.chat.v1.Member.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {heartwire.chat.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.Member();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.user = value;
                                else
                                    delete message.user;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.online = value;
                                else
                                    delete message.online;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Member & heartwire.chat.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Member message.
                 * @function verify
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Member.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        if (!$util.isString(message.user))
                            return "user: string expected";
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                        if (typeof message.online !== "boolean")
                            return "online: boolean expected";
                    return null;
                };

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.Member} Member
                 */
                Member.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.Member)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.Member: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.Member();
                    if (object.user != null)
                        if (typeof object.user !== "string" || object.user.length)
                            message.user = $String(object.user);
                    if (object.online != null)
                        if (object.online)
                            message.online = $Boolean(object.online);
                    return message;
                };

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {heartwire.chat.v1.Member} message Member
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Member.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.user = "";
                        object.online = false;
                    }
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = message.user;
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                        object.online = message.online;
                    return object;
                };

                /**
                 * Converts this Member to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.Member
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Member.prototype.toJSON = function() {
                    return Member.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Member
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.Member
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.Member";
                };

                return Member;
            })();

            v1.RoomInfo = (function() {

                /**
                 * Properties of a RoomInfo.
                 * @typedef {Object} heartwire.chat.v1.RoomInfo.$Properties
                 * @property {string|null} [name] RoomInfo name
                 * @property {number|null} [members] RoomInfo members
                 * @property {number|null} [online] RoomInfo online
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoomInfo.
                 * @memberof heartwire.chat.v1
                 * @interface IRoomInfo
                 * @augments heartwire.chat.v1.RoomInfo.$Properties
                 * @deprecated Use heartwire.chat.v1.RoomInfo.$Properties instead.
                 */

                /**
                 * Shape of a RoomInfo.
                 * @typedef {heartwire.chat.v1.RoomInfo.$Properties} heartwire.chat.v1.RoomInfo.$Shape
                 */

                /**
                 * Constructs a new RoomInfo.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a RoomInfo.
                 * @constructor
                 * @param {heartwire.chat.v1.RoomInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoomInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoomInfo name.
                 * @member {string} name
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @instance
                 */
                RoomInfo.prototype.name = "";

                /**
                 * RoomInfo members.
                 * @member {number} members
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @instance
                 */
                RoomInfo.prototype.members = 0;

                /**
                 * RoomInfo online.
                 * @member {number} online
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @instance
                 */
                RoomInfo.prototype.online = 0;

                /**
                 * Creates a new RoomInfo instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {heartwire.chat.v1.RoomInfo.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.RoomInfo} RoomInfo instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.RoomInfo.$Shape): heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape;
                 *   (properties?: heartwire.chat.v1.RoomInfo.$Properties): heartwire.chat.v1.RoomInfo;
                 * }}
                 */
                RoomInfo.create = function(properties) {
                    return new RoomInfo(properties);
                };

                /**
                 * Encodes the specified RoomInfo message. Does not implicitly {@link heartwire.chat.v1.RoomInfo.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {heartwire.chat.v1.RoomInfo.$Properties} message RoomInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members") && message.members !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.members);
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.online);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RoomInfo message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {heartwire.chat.v1.RoomInfo.$Properties} message RoomInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RoomInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape} RoomInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.RoomInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.members = value;
                                else
                                    delete message.members;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.online = value;
                                else
                                    delete message.online;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RoomInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomInfo & heartwire.chat.v1.RoomInfo.$Shape} RoomInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RoomInfo message.
                 * @function verify
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RoomInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                        if (!$util.isInteger(message.members))
                            return "members: integer expected";
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                        if (!$util.isInteger(message.online))
                            return "online: integer expected";
                    return null;
                };

                /**
                 * Creates a RoomInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.RoomInfo} RoomInfo
                 */
                RoomInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.RoomInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.RoomInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.RoomInfo();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.members != null)
                        if ($Number(object.members) !== 0)
                            message.members = object.members >>> 0;
                    if (object.online != null)
                        if ($Number(object.online) !== 0)
                            message.online = object.online >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RoomInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {heartwire.chat.v1.RoomInfo} message RoomInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RoomInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.members = 0;
                        object.online = 0;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                        object.members = message.members;
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                        object.online = message.online;
                    return object;
                };

                /**
                 * Converts this RoomInfo to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RoomInfo.prototype.toJSON = function() {
                    return RoomInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RoomInfo
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.RoomInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoomInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.RoomInfo";
                };

                return RoomInfo;
            })();

            v1.RoomList = (function() {

                /**
                 * Properties of a RoomList.
                 * @typedef {Object} heartwire.chat.v1.RoomList.$Properties
                 * @property {Array.<heartwire.chat.v1.RoomInfo.$Properties>|null} [rooms] RoomList rooms
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoomList.
                 * @memberof heartwire.chat.v1
                 * @interface IRoomList
                 * @augments heartwire.chat.v1.RoomList.$Properties
                 * @deprecated Use heartwire.chat.v1.RoomList.$Properties instead.
                 */

                /**
                 * Shape of a RoomList.
                 * @typedef {heartwire.chat.v1.RoomList.$Properties} heartwire.chat.v1.RoomList.$Shape
                 */

                /**
                 * Constructs a new RoomList.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a RoomList.
                 * @constructor
                 * @param {heartwire.chat.v1.RoomList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoomList = function (properties) {
                    this.rooms = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RoomList rooms.
                 * @member {Array.<heartwire.chat.v1.RoomInfo.$Properties>} rooms
                 * @memberof heartwire.chat.v1.RoomList
                 * @instance
                 */
                RoomList.prototype.rooms = $util.emptyArray;

                /**
                 * Creates a new RoomList instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {heartwire.chat.v1.RoomList.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.RoomList} RoomList instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.RoomList.$Shape): heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape;
                 *   (properties?: heartwire.chat.v1.RoomList.$Properties): heartwire.chat.v1.RoomList;
                 * }}
                 */
                RoomList.create = function(properties) {
                    return new RoomList(properties);
                };

                /**
                 * Encodes the specified RoomList message. Does not implicitly {@link heartwire.chat.v1.RoomList.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {heartwire.chat.v1.RoomList.$Properties} message RoomList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rooms != null && message.rooms.length)
                        for (let i = 0; i < message.rooms.length; ++i)
                            $root.heartwire.chat.v1.RoomInfo.encode(message.rooms[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RoomList message, length delimited. Does not implicitly {@link heartwire.chat.v1.RoomList.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {heartwire.chat.v1.RoomList.$Properties} message RoomList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomList.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RoomList message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape} RoomList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomList.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.RoomList();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.rooms && message.rooms.length))
                                    message.rooms = [];
                                message.rooms.push($root.heartwire.chat.v1.RoomInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RoomList message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.RoomList & heartwire.chat.v1.RoomList.$Shape} RoomList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomList.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RoomList message.
                 * @function verify
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RoomList.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.rooms != null && $Object.hasOwnProperty.call(message, "rooms")) {
                        if (!$Array.isArray(message.rooms))
                            return "rooms: array expected";
                        for (let i = 0; i < message.rooms.length; ++i) {
                            let error = $root.heartwire.chat.v1.RoomInfo.verify(message.rooms[i], _depth + 1);
                            if (error)
                                return "rooms." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RoomList message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.RoomList} RoomList
                 */
                RoomList.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.RoomList)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.RoomList: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.RoomList();
                    if (object.rooms) {
                        if (!$Array.isArray(object.rooms))
                            throw $TypeError(".heartwire.chat.v1.RoomList.rooms: array expected");
                        message.rooms = $Array(object.rooms.length);
                        for (let i = 0; i < object.rooms.length; ++i) {
                            if (!$util.isObject(object.rooms[i]))
                                throw $TypeError(".heartwire.chat.v1.RoomList.rooms: object expected");
                            message.rooms[i] = $root.heartwire.chat.v1.RoomInfo.fromObject(object.rooms[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RoomList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {heartwire.chat.v1.RoomList} message RoomList
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RoomList.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rooms = [];
                    if (message.rooms && message.rooms.length) {
                        object.rooms = $Array(message.rooms.length);
                        for (let j = 0; j < message.rooms.length; ++j)
                            object.rooms[j] = $root.heartwire.chat.v1.RoomInfo.toObject(message.rooms[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this RoomList to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.RoomList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RoomList.prototype.toJSON = function() {
                    return RoomList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RoomList
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.RoomList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoomList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.RoomList";
                };

                return RoomList;
            })();

            v1.WhoReply = (function() {

                /**
                 * Properties of a WhoReply.
                 * @typedef {Object} heartwire.chat.v1.WhoReply.$Properties
                 * @property {string|null} [room] WhoReply room
                 * @property {Array.<heartwire.chat.v1.Member.$Properties>|null} [members] WhoReply members
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WhoReply.
                 * @memberof heartwire.chat.v1
                 * @interface IWhoReply
                 * @augments heartwire.chat.v1.WhoReply.$Properties
                 * @deprecated Use heartwire.chat.v1.WhoReply.$Properties instead.
                 */

                /**
                 * Shape of a WhoReply.
                 * @typedef {heartwire.chat.v1.WhoReply.$Properties} heartwire.chat.v1.WhoReply.$Shape
                 */

                /**
                 * Constructs a new WhoReply.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a WhoReply.
                 * @constructor
                 * @param {heartwire.chat.v1.WhoReply.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WhoReply = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WhoReply room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.WhoReply
                 * @instance
                 */
                WhoReply.prototype.room = "";

                /**
                 * WhoReply members.
                 * @member {Array.<heartwire.chat.v1.Member.$Properties>} members
                 * @memberof heartwire.chat.v1.WhoReply
                 * @instance
                 */
                WhoReply.prototype.members = $util.emptyArray;

                /**
                 * Creates a new WhoReply instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {heartwire.chat.v1.WhoReply.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.WhoReply} WhoReply instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.WhoReply.$Shape): heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape;
                 *   (properties?: heartwire.chat.v1.WhoReply.$Properties): heartwire.chat.v1.WhoReply;
                 * }}
                 */
                WhoReply.create = function(properties) {
                    return new WhoReply(properties);
                };

                /**
                 * Encodes the specified WhoReply message. Does not implicitly {@link heartwire.chat.v1.WhoReply.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {heartwire.chat.v1.WhoReply.$Properties} message WhoReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhoReply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.heartwire.chat.v1.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WhoReply message, length delimited. Does not implicitly {@link heartwire.chat.v1.WhoReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {heartwire.chat.v1.WhoReply.$Properties} message WhoReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhoReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WhoReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape} WhoReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhoReply.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.WhoReply();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.heartwire.chat.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WhoReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.WhoReply & heartwire.chat.v1.WhoReply.$Shape} WhoReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhoReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WhoReply message.
                 * @function verify
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WhoReply.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.heartwire.chat.v1.Member.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a WhoReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.WhoReply} WhoReply
                 */
                WhoReply.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.WhoReply)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.WhoReply: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.WhoReply();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".heartwire.chat.v1.WhoReply.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".heartwire.chat.v1.WhoReply.members: object expected");
                            message.members[i] = $root.heartwire.chat.v1.Member.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a WhoReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {heartwire.chat.v1.WhoReply} message WhoReply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WhoReply.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (options.defaults)
                        object.room = "";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.heartwire.chat.v1.Member.toObject(message.members[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this WhoReply to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.WhoReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WhoReply.prototype.toJSON = function() {
                    return WhoReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WhoReply
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.WhoReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WhoReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.WhoReply";
                };

                return WhoReply;
            })();

            v1.SayRequest = (function() {

                /**
                 * Properties of a SayRequest.
                 * @typedef {Object} heartwire.chat.v1.SayRequest.$Properties
                 * @property {string|null} [room] SayRequest room
                 * @property {string|null} [text] SayRequest text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SayRequest.
                 * @memberof heartwire.chat.v1
                 * @interface ISayRequest
                 * @augments heartwire.chat.v1.SayRequest.$Properties
                 * @deprecated Use heartwire.chat.v1.SayRequest.$Properties instead.
                 */

                /**
                 * Shape of a SayRequest.
                 * @typedef {heartwire.chat.v1.SayRequest.$Properties} heartwire.chat.v1.SayRequest.$Shape
                 */

                /**
                 * Constructs a new SayRequest.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a SayRequest.
                 * @constructor
                 * @param {heartwire.chat.v1.SayRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SayRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SayRequest room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.SayRequest
                 * @instance
                 */
                SayRequest.prototype.room = "";

                /**
                 * SayRequest text.
                 * @member {string} text
                 * @memberof heartwire.chat.v1.SayRequest
                 * @instance
                 */
                SayRequest.prototype.text = "";

                /**
                 * Creates a new SayRequest instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {heartwire.chat.v1.SayRequest.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.SayRequest} SayRequest instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.SayRequest.$Shape): heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape;
                 *   (properties?: heartwire.chat.v1.SayRequest.$Properties): heartwire.chat.v1.SayRequest;
                 * }}
                 */
                SayRequest.create = function(properties) {
                    return new SayRequest(properties);
                };

                /**
                 * Encodes the specified SayRequest message. Does not implicitly {@link heartwire.chat.v1.SayRequest.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {heartwire.chat.v1.SayRequest.$Properties} message SayRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SayRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SayRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.SayRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {heartwire.chat.v1.SayRequest.$Properties} message SayRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SayRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SayRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape} SayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SayRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.SayRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SayRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.SayRequest & heartwire.chat.v1.SayRequest.$Shape} SayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SayRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SayRequest message.
                 * @function verify
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SayRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a SayRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.SayRequest} SayRequest
                 */
                SayRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.SayRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.SayRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.SayRequest();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a SayRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {heartwire.chat.v1.SayRequest} message SayRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SayRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.room = "";
                        object.text = "";
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this SayRequest to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.SayRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SayRequest.prototype.toJSON = function() {
                    return SayRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SayRequest
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.SayRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SayRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.SayRequest";
                };

                return SayRequest;
            })();

            v1.KickRequest = (function() {

                /**
                 * Properties of a KickRequest.
                 * @typedef {Object} heartwire.chat.v1.KickRequest.$Properties
                 * @property {string|null} [user] KickRequest user
                 * @property {string|null} [reason] KickRequest reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KickRequest.
                 * @memberof heartwire.chat.v1
                 * @interface IKickRequest
                 * @augments heartwire.chat.v1.KickRequest.$Properties
                 * @deprecated Use heartwire.chat.v1.KickRequest.$Properties instead.
                 */

                /**
                 * Shape of a KickRequest.
                 * @typedef {heartwire.chat.v1.KickRequest.$Properties} heartwire.chat.v1.KickRequest.$Shape
                 */

                /**
                 * Constructs a new KickRequest.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a KickRequest.
                 * @constructor
                 * @param {heartwire.chat.v1.KickRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KickRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KickRequest user.
                 * @member {string} user
                 * @memberof heartwire.chat.v1.KickRequest
                 * @instance
                 */
                KickRequest.prototype.user = "";

                /**
                 * KickRequest reason.
                 * @member {string} reason
                 * @memberof heartwire.chat.v1.KickRequest
                 * @instance
                 */
                KickRequest.prototype.reason = "";

                /**
                 * Creates a new KickRequest instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {heartwire.chat.v1.KickRequest.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.KickRequest} KickRequest instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.KickRequest.$Shape): heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape;
                 *   (properties?: heartwire.chat.v1.KickRequest.$Properties): heartwire.chat.v1.KickRequest;
                 * }}
                 */
                KickRequest.create = function(properties) {
                    return new KickRequest(properties);
                };

                /**
                 * Encodes the specified KickRequest message. Does not implicitly {@link heartwire.chat.v1.KickRequest.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {heartwire.chat.v1.KickRequest.$Properties} message KickRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KickRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified KickRequest message, length delimited. Does not implicitly {@link heartwire.chat.v1.KickRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {heartwire.chat.v1.KickRequest.$Properties} message KickRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KickRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a KickRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape} KickRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KickRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.KickRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.user = value;
                                else
                                    delete message.user;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a KickRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.KickRequest & heartwire.chat.v1.KickRequest.$Shape} KickRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KickRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a KickRequest message.
                 * @function verify
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                KickRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        if (!$util.isString(message.user))
                            return "user: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a KickRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.KickRequest} KickRequest
                 */
                KickRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.KickRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.KickRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.KickRequest();
                    if (object.user != null)
                        if (typeof object.user !== "string" || object.user.length)
                            message.user = $String(object.user);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a KickRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {heartwire.chat.v1.KickRequest} message KickRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KickRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.user = "";
                        object.reason = "";
                    }
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = message.user;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this KickRequest to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.KickRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KickRequest.prototype.toJSON = function() {
                    return KickRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KickRequest
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.KickRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KickRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.KickRequest";
                };

                return KickRequest;
            })();

            v1.ChatMessage = (function() {

                /**
                 * Properties of a ChatMessage.
                 * @typedef {Object} heartwire.chat.v1.ChatMessage.$Properties
                 * @property {string|null} [room] ChatMessage room
                 * @property {string|null} [from] ChatMessage from
                 * @property {string|null} [text] ChatMessage text
                 * @property {number|null} [atMs] ChatMessage atMs
                 * @property {number|null} [seq] ChatMessage seq
                 * @property {string|null} [epoch] ChatMessage epoch
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChatMessage.
                 * @memberof heartwire.chat.v1
                 * @interface IChatMessage
                 * @augments heartwire.chat.v1.ChatMessage.$Properties
                 * @deprecated Use heartwire.chat.v1.ChatMessage.$Properties instead.
                 */

                /**
                 * Shape of a ChatMessage.
                 * @typedef {heartwire.chat.v1.ChatMessage.$Properties} heartwire.chat.v1.ChatMessage.$Shape
                 */

                /**
                 * Constructs a new ChatMessage.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a ChatMessage.
                 * @constructor
                 * @param {heartwire.chat.v1.ChatMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChatMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChatMessage room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.room = "";

                /**
                 * ChatMessage from.
                 * @member {string} from
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.from = "";

                /**
                 * ChatMessage text.
                 * @member {string} text
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.text = "";

                /**
                 * ChatMessage atMs.
                 * @member {number} atMs
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.atMs = 0;

                /**
                 * ChatMessage seq.
                 * @member {number} seq
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.seq = 0;

                /**
                 * ChatMessage epoch.
                 * @member {string} epoch
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.epoch = "";

                /**
                 * Creates a new ChatMessage instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {heartwire.chat.v1.ChatMessage.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.ChatMessage} ChatMessage instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.ChatMessage.$Shape): heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape;
                 *   (properties?: heartwire.chat.v1.ChatMessage.$Properties): heartwire.chat.v1.ChatMessage;
                 * }}
                 */
                ChatMessage.create = function(properties) {
                    return new ChatMessage(properties);
                };

                /**
                 * Encodes the specified ChatMessage message. Does not implicitly {@link heartwire.chat.v1.ChatMessage.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {heartwire.chat.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChatMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.atMs);
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seq);
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.epoch);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link heartwire.chat.v1.ChatMessage.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {heartwire.chat.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChatMessage.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.ChatMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.atMs = value;
                                else
                                    delete message.atMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.ChatMessage & heartwire.chat.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChatMessage.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ChatMessage message.
                 * @function verify
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ChatMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (!$util.isString(message.from))
                            return "from: string expected";
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        if (typeof message.atMs !== "number")
                            return "atMs: number expected";
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq))
                            return "seq: integer expected";
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        if (!$util.isString(message.epoch))
                            return "epoch: string expected";
                    return null;
                };

                /**
                 * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.ChatMessage} ChatMessage
                 */
                ChatMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.ChatMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.ChatMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.ChatMessage();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    if (object.atMs != null)
                        if (!$Object.is($Number(object.atMs), 0))
                            message.atMs = $Number(object.atMs);
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.epoch != null)
                        if (typeof object.epoch !== "string" || object.epoch.length)
                            message.epoch = $String(object.epoch);
                    return message;
                };

                /**
                 * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {heartwire.chat.v1.ChatMessage} message ChatMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChatMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.room = "";
                        object.from = "";
                        object.text = "";
                        object.atMs = 0;
                        object.seq = 0;
                        object.epoch = "";
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    return object;
                };

                /**
                 * Converts this ChatMessage to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChatMessage.prototype.toJSON = function() {
                    return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChatMessage
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.ChatMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChatMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.ChatMessage";
                };

                return ChatMessage;
            })();

            v1.Presence = (function() {

                /**
                 * Properties of a Presence.
                 * @typedef {Object} heartwire.chat.v1.Presence.$Properties
                 * @property {string|null} [room] Presence room
                 * @property {string|null} [user] Presence user
                 * @property {heartwire.chat.v1.Presence.Kind|null} [kind] Presence kind
                 * @property {string|null} [reason] Presence reason
                 * @property {string|null} [message] Presence message
                 * @property {number|null} [atMs] Presence atMs
                 * @property {boolean|null} [rejoin] Presence rejoin
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Presence.
                 * @memberof heartwire.chat.v1
                 * @interface IPresence
                 * @augments heartwire.chat.v1.Presence.$Properties
                 * @deprecated Use heartwire.chat.v1.Presence.$Properties instead.
                 */

                /**
                 * Shape of a Presence.
                 * @typedef {heartwire.chat.v1.Presence.$Properties} heartwire.chat.v1.Presence.$Shape
                 */

                /**
                 * Constructs a new Presence.
                 * @memberof heartwire.chat.v1
                 * @classdesc Represents a Presence.
                 * @constructor
                 * @param {heartwire.chat.v1.Presence.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Presence = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Presence room.
                 * @member {string} room
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.room = "";

                /**
                 * Presence user.
                 * @member {string} user
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.user = "";

                /**
                 * Presence kind.
                 * @member {heartwire.chat.v1.Presence.Kind} kind
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.kind = 0;

                /**
                 * Presence reason.
                 * @member {string} reason
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.reason = "";

                /**
                 * Presence message.
                 * @member {string} message
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.message = "";

                /**
                 * Presence atMs.
                 * @member {number} atMs
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.atMs = 0;

                /**
                 * Presence rejoin.
                 * @member {boolean} rejoin
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 */
                Presence.prototype.rejoin = false;

                /**
                 * Creates a new Presence instance using the specified properties.
                 * @function create
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {heartwire.chat.v1.Presence.$Properties=} [properties] Properties to set
                 * @returns {heartwire.chat.v1.Presence} Presence instance
                 * @type {{
                 *   (properties: heartwire.chat.v1.Presence.$Shape): heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape;
                 *   (properties?: heartwire.chat.v1.Presence.$Properties): heartwire.chat.v1.Presence;
                 * }}
                 */
                Presence.create = function(properties) {
                    return new Presence(properties);
                };

                /**
                 * Encodes the specified Presence message. Does not implicitly {@link heartwire.chat.v1.Presence.verify|verify} messages.
                 * @function encode
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {heartwire.chat.v1.Presence.$Properties} message Presence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Presence.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room") && message.room !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.room);
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.user);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.message);
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.atMs);
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin") && message.rejoin !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.rejoin);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Presence message, length delimited. Does not implicitly {@link heartwire.chat.v1.Presence.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {heartwire.chat.v1.Presence.$Properties} message Presence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Presence.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Presence message from the specified reader or buffer.
                 * @function decode
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Presence.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.heartwire.chat.v1.Presence();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.room = value;
                                else
                                    delete message.room;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.user = value;
                                else
                                    delete message.user;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.atMs = value;
                                else
                                    delete message.atMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.rejoin = value;
                                else
                                    delete message.rejoin;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Presence message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {heartwire.chat.v1.Presence & heartwire.chat.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Presence.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Presence message.
                 * @function verify
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Presence.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        if (!$util.isString(message.room))
                            return "room: string expected";
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        if (!$util.isString(message.user))
                            return "user: string expected";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                            return "kind: enum value expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        if (typeof message.atMs !== "number")
                            return "atMs: number expected";
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin"))
                        if (typeof message.rejoin !== "boolean")
                            return "rejoin: boolean expected";
                    return null;
                };

                /**
                 * Creates a Presence message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {heartwire.chat.v1.Presence} Presence
                 */
                Presence.fromObject = function (object, _depth) {
                    if (object instanceof $root.heartwire.chat.v1.Presence)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".heartwire.chat.v1.Presence: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.heartwire.chat.v1.Presence();
                    if (object.room != null)
                        if (typeof object.room !== "string" || object.room.length)
                            message.room = $String(object.room);
                    if (object.user != null)
                        if (typeof object.user !== "string" || object.user.length)
                            message.user = $String(object.user);
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.heartwire.chat.v1.Presence.Kind[object.kind] !== 0))
                        switch (object.kind) {
                        case "KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "JOINED":
                        case 1:
                            message.kind = 1;
                            break;
                        case "LEFT":
                        case 2:
                            message.kind = 2;
                            break;
                        case "OFFLINE":
                        case 3:
                            message.kind = 3;
                            break;
                        case "ONLINE":
                        case 4:
                            message.kind = 4;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.atMs != null)
                        if (!$Object.is($Number(object.atMs), 0))
                            message.atMs = $Number(object.atMs);
                    if (object.rejoin != null)
                        if (object.rejoin)
                            message.rejoin = $Boolean(object.rejoin);
                    return message;
                };

                /**
                 * Creates a plain object from a Presence message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {heartwire.chat.v1.Presence} message Presence
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Presence.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.room = "";
                        object.user = "";
                        object.kind = options.enums === $String ? "KIND_UNSPECIFIED" : 0;
                        object.reason = "";
                        object.message = "";
                        object.atMs = 0;
                        object.rejoin = false;
                    }
                    if (message.room != null && $Object.hasOwnProperty.call(message, "room"))
                        object.room = message.room;
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = message.user;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.heartwire.chat.v1.Presence.Kind[message.kind] === $undefined ? message.kind : $root.heartwire.chat.v1.Presence.Kind[message.kind] : message.kind;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                    if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin"))
                        object.rejoin = message.rejoin;
                    return object;
                };

                /**
                 * Converts this Presence to JSON.
                 * @function toJSON
                 * @memberof heartwire.chat.v1.Presence
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Presence.prototype.toJSON = function() {
                    return Presence.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Presence
                 * @function getTypeUrl
                 * @memberof heartwire.chat.v1.Presence
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Presence.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/heartwire.chat.v1.Presence";
                };

                /**
                 * Kind enum.
                 * @name heartwire.chat.v1.Presence.Kind
                 * @enum {number}
                 * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
                 * @property {number} JOINED=1 JOINED value
                 * @property {number} LEFT=2 LEFT value
                 * @property {number} OFFLINE=3 OFFLINE value
                 * @property {number} ONLINE=4 ONLINE value
                 */
                Presence.Kind = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "JOINED"] = 1;
                    values[valuesById[2] = "LEFT"] = 2;
                    values[valuesById[3] = "OFFLINE"] = 3;
                    values[valuesById[4] = "ONLINE"] = 4;
                    return values;
                })();

                return Presence;
            })();

            return v1;
        })();

        return chat;
    })();

    return heartwire;
})();

export {
  $root as default
};
