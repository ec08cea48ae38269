/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const demo = $root.demo = (() => {

    /**
     * Namespace demo.
     * @exports demo
     * @namespace
     */
    const demo = {};

    demo.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof demo
         * @namespace
         */
        const v1 = {};

        v1.HelloRequest = (function() {

            /**
             * Properties of a HelloRequest.
             * @typedef {Object} demo.v1.HelloRequest.$Properties
             * @property {string|null} [name] HelloRequest name
             * @property {number|null} [delayMs] HelloRequest delayMs
             * @property {boolean|null} [fail] HelloRequest fail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloRequest.
             * @memberof demo.v1
             * @interface IHelloRequest
             * @augments demo.v1.HelloRequest.$Properties
             * @deprecated Use demo.v1.HelloRequest.$Properties instead.
             */

            /**
             * Shape of a HelloRequest.
             * @typedef {demo.v1.HelloRequest.$Properties} demo.v1.HelloRequest.$Shape
             */

            /**
             * Constructs a new HelloRequest.
             * @memberof demo.v1
             * @classdesc Represents a HelloRequest.
             * @constructor
             * @param {demo.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloRequest name.
             * @member {string} name
             * @memberof demo.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.name = "";

            /**
             * HelloRequest delayMs.
             * @member {number} delayMs
             * @memberof demo.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.delayMs = 0;

            /**
             * HelloRequest fail.
             * @member {boolean} fail
             * @memberof demo.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.fail = false;

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @function create
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {demo.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @returns {demo.v1.HelloRequest} HelloRequest instance
             * @type {{
             *   (properties: demo.v1.HelloRequest.$Shape): demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape;
             *   (properties?: demo.v1.HelloRequest.$Properties): demo.v1.HelloRequest;
             * }}
             */
            HelloRequest.create = function(properties) {
                return new HelloRequest(properties);
            };

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link demo.v1.HelloRequest.verify|verify} messages.
             * @function encode
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {demo.v1.HelloRequest.$Properties} message HelloRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.delayMs);
                if (message.fail != null && $Object.hasOwnProperty.call(message, "fail") && message.fail !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.fail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HelloRequest message, length delimited. Does not implicitly {@link demo.v1.HelloRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {demo.v1.HelloRequest.$Properties} message HelloRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @function decode
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.demo.v1.HelloRequest();
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
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fail = value;
                            else
                                delete message.fail;
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
             * Decodes a HelloRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {demo.v1.HelloRequest & demo.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HelloRequest message.
             * @function verify
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (!$util.isInteger(message.delayMs))
                        return "delayMs: integer expected";
                if (message.fail != null && $Object.hasOwnProperty.call(message, "fail"))
                    if (typeof message.fail !== "boolean")
                        return "fail: boolean expected";
                return null;
            };

            /**
             * Creates a HelloRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {demo.v1.HelloRequest} HelloRequest
             */
            HelloRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.demo.v1.HelloRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".demo.v1.HelloRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.demo.v1.HelloRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.delayMs != null)
                    if ($Number(object.delayMs) !== 0)
                        message.delayMs = object.delayMs >>> 0;
                if (object.fail != null)
                    if (object.fail)
                        message.fail = $Boolean(object.fail);
                return message;
            };

            /**
             * Creates a plain object from a HelloRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {demo.v1.HelloRequest} message HelloRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.delayMs = 0;
                    object.fail = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = message.delayMs;
                if (message.fail != null && $Object.hasOwnProperty.call(message, "fail"))
                    object.fail = message.fail;
                return object;
            };

            /**
             * Converts this HelloRequest to JSON.
             * @function toJSON
             * @memberof demo.v1.HelloRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloRequest.prototype.toJSON = function() {
                return HelloRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloRequest
             * @function getTypeUrl
             * @memberof demo.v1.HelloRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/demo.v1.HelloRequest";
            };

            return HelloRequest;
        })();

        v1.HelloReply = (function() {

            /**
             * Properties of a HelloReply.
             * @typedef {Object} demo.v1.HelloReply.$Properties
             * @property {string|null} [message] HelloReply message
             * @property {number|null} [count] HelloReply count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloReply.
             * @memberof demo.v1
             * @interface IHelloReply
             * @augments demo.v1.HelloReply.$Properties
             * @deprecated Use demo.v1.HelloReply.$Properties instead.
             */

            /**
             * Shape of a HelloReply.
             * @typedef {demo.v1.HelloReply.$Properties} demo.v1.HelloReply.$Shape
             */

            /**
             * Constructs a new HelloReply.
             * @memberof demo.v1
             * @classdesc Represents a HelloReply.
             * @constructor
             * @param {demo.v1.HelloReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloReply message.
             * @member {string} message
             * @memberof demo.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.message = "";

            /**
             * HelloReply count.
             * @member {number} count
             * @memberof demo.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.count = 0;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @function create
             * @memberof demo.v1.HelloReply
             * @static
             * @param {demo.v1.HelloReply.$Properties=} [properties] Properties to set
             * @returns {demo.v1.HelloReply} HelloReply instance
             * @type {{
             *   (properties: demo.v1.HelloReply.$Shape): demo.v1.HelloReply & demo.v1.HelloReply.$Shape;
             *   (properties?: demo.v1.HelloReply.$Properties): demo.v1.HelloReply;
             * }}
             */
            HelloReply.create = function(properties) {
                return new HelloReply(properties);
            };

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link demo.v1.HelloReply.verify|verify} messages.
             * @function encode
             * @memberof demo.v1.HelloReply
             * @static
             * @param {demo.v1.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HelloReply message, length delimited. Does not implicitly {@link demo.v1.HelloReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof demo.v1.HelloReply
             * @static
             * @param {demo.v1.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @function decode
             * @memberof demo.v1.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {demo.v1.HelloReply & demo.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.demo.v1.HelloReply();
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
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
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
             * Decodes a HelloReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof demo.v1.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {demo.v1.HelloReply & demo.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HelloReply message.
             * @function verify
             * @memberof demo.v1.HelloReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                return null;
            };

            /**
             * Creates a HelloReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof demo.v1.HelloReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {demo.v1.HelloReply} HelloReply
             */
            HelloReply.fromObject = function (object, _depth) {
                if (object instanceof $root.demo.v1.HelloReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".demo.v1.HelloReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.demo.v1.HelloReply();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HelloReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof demo.v1.HelloReply
             * @static
             * @param {demo.v1.HelloReply} message HelloReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.message = "";
                    object.count = 0;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                return object;
            };

            /**
             * Converts this HelloReply to JSON.
             * @function toJSON
             * @memberof demo.v1.HelloReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloReply.prototype.toJSON = function() {
                return HelloReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloReply
             * @function getTypeUrl
             * @memberof demo.v1.HelloReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/demo.v1.HelloReply";
            };

            return HelloReply;
        })();

        v1.Echo = (function() {

            /**
             * Properties of an Echo.
             * @typedef {Object} demo.v1.Echo.$Properties
             * @property {Uint8Array|null} [data] Echo data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Echo.
             * @memberof demo.v1
             * @interface IEcho
             * @augments demo.v1.Echo.$Properties
             * @deprecated Use demo.v1.Echo.$Properties instead.
             */

            /**
             * Shape of an Echo.
             * @typedef {demo.v1.Echo.$Properties} demo.v1.Echo.$Shape
             */

            /**
             * Constructs a new Echo.
             * @memberof demo.v1
             * @classdesc Represents an Echo.
             * @constructor
             * @param {demo.v1.Echo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Echo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Echo data.
             * @member {Uint8Array} data
             * @memberof demo.v1.Echo
             * @instance
             */
            Echo.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Echo instance using the specified properties.
             * @function create
             * @memberof demo.v1.Echo
             * @static
             * @param {demo.v1.Echo.$Properties=} [properties] Properties to set
             * @returns {demo.v1.Echo} Echo instance
             * @type {{
             *   (properties: demo.v1.Echo.$Shape): demo.v1.Echo & demo.v1.Echo.$Shape;
             *   (properties?: demo.v1.Echo.$Properties): demo.v1.Echo;
             * }}
             */
            Echo.create = function(properties) {
                return new Echo(properties);
            };

            /**
             * Encodes the specified Echo message. Does not implicitly {@link demo.v1.Echo.verify|verify} messages.
             * @function encode
             * @memberof demo.v1.Echo
             * @static
             * @param {demo.v1.Echo.$Properties} message Echo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Echo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Echo message, length delimited. Does not implicitly {@link demo.v1.Echo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof demo.v1.Echo
             * @static
             * @param {demo.v1.Echo.$Properties} message Echo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Echo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Echo message from the specified reader or buffer.
             * @function decode
             * @memberof demo.v1.Echo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {demo.v1.Echo & demo.v1.Echo.$Shape} Echo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Echo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.demo.v1.Echo();
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
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Decodes an Echo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof demo.v1.Echo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {demo.v1.Echo & demo.v1.Echo.$Shape} Echo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Echo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Echo message.
             * @function verify
             * @memberof demo.v1.Echo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Echo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates an Echo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof demo.v1.Echo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {demo.v1.Echo} Echo
             */
            Echo.fromObject = function (object, _depth) {
                if (object instanceof $root.demo.v1.Echo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".demo.v1.Echo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.demo.v1.Echo();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from an Echo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof demo.v1.Echo
             * @static
             * @param {demo.v1.Echo} message Echo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Echo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this Echo to JSON.
             * @function toJSON
             * @memberof demo.v1.Echo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Echo.prototype.toJSON = function() {
                return Echo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Echo
             * @function getTypeUrl
             * @memberof demo.v1.Echo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Echo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/demo.v1.Echo";
            };

            return Echo;
        })();

        v1.ChatPush = (function() {

            /**
             * Properties of a ChatPush.
             * @typedef {Object} demo.v1.ChatPush.$Properties
             * @property {string|null} [from] ChatPush from
             * @property {string|null} [text] ChatPush text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatPush.
             * @memberof demo.v1
             * @interface IChatPush
             * @augments demo.v1.ChatPush.$Properties
             * @deprecated Use demo.v1.ChatPush.$Properties instead.
             */

            /**
             * Shape of a ChatPush.
             * @typedef {demo.v1.ChatPush.$Properties} demo.v1.ChatPush.$Shape
             */

            /**
             * Constructs a new ChatPush.
             * @memberof demo.v1
             * @classdesc Represents a ChatPush.
             * @constructor
             * @param {demo.v1.ChatPush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatPush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatPush from.
             * @member {string} from
             * @memberof demo.v1.ChatPush
             * @instance
             */
            ChatPush.prototype.from = "";

            /**
             * ChatPush text.
             * @member {string} text
             * @memberof demo.v1.ChatPush
             * @instance
             */
            ChatPush.prototype.text = "";

            /**
             * Creates a new ChatPush instance using the specified properties.
             * @function create
             * @memberof demo.v1.ChatPush
             * @static
             * @param {demo.v1.ChatPush.$Properties=} [properties] Properties to set
             * @returns {demo.v1.ChatPush} ChatPush instance
             * @type {{
             *   (properties: demo.v1.ChatPush.$Shape): demo.v1.ChatPush & demo.v1.ChatPush.$Shape;
             *   (properties?: demo.v1.ChatPush.$Properties): demo.v1.ChatPush;
             * }}
             */
            ChatPush.create = function(properties) {
                return new ChatPush(properties);
            };

            /**
             * Encodes the specified ChatPush message. Does not implicitly {@link demo.v1.ChatPush.verify|verify} messages.
             * @function encode
             * @memberof demo.v1.ChatPush
             * @static
             * @param {demo.v1.ChatPush.$Properties} message ChatPush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatPush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ChatPush message, length delimited. Does not implicitly {@link demo.v1.ChatPush.verify|verify} messages.
             * @function encodeDelimited
             * @memberof demo.v1.ChatPush
             * @static
             * @param {demo.v1.ChatPush.$Properties} message ChatPush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatPush.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChatPush message from the specified reader or buffer.
             * @function decode
             * @memberof demo.v1.ChatPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {demo.v1.ChatPush & demo.v1.ChatPush.$Shape} ChatPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatPush.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.demo.v1.ChatPush();
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
                                message.from = value;
                            else
                                delete message.from;
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
             * Decodes a ChatPush message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof demo.v1.ChatPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {demo.v1.ChatPush & demo.v1.ChatPush.$Shape} ChatPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatPush.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChatPush message.
             * @function verify
             * @memberof demo.v1.ChatPush
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatPush.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a ChatPush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof demo.v1.ChatPush
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {demo.v1.ChatPush} ChatPush
             */
            ChatPush.fromObject = function (object, _depth) {
                if (object instanceof $root.demo.v1.ChatPush)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".demo.v1.ChatPush: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.demo.v1.ChatPush();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a ChatPush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof demo.v1.ChatPush
             * @static
             * @param {demo.v1.ChatPush} message ChatPush
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatPush.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = "";
                    object.text = "";
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this ChatPush to JSON.
             * @function toJSON
             * @memberof demo.v1.ChatPush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatPush.prototype.toJSON = function() {
                return ChatPush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChatPush
             * @function getTypeUrl
             * @memberof demo.v1.ChatPush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatPush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/demo.v1.ChatPush";
            };

            return ChatPush;
        })();

        v1.Greeter = (function() {

            /**
             * Constructs a new Greeter service.
             * @memberof demo.v1
             * @classdesc Represents a Greeter
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Greeter = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Greeter.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Greeter, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Greeter service using the specified rpc implementation.
             * @function create
             * @memberof demo.v1.Greeter
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Greeter} RPC service. Useful where requests and/or responses are streamed.
             */
            Greeter.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link demo.v1.Greeter#sayHello}.
             * @memberof demo.v1.Greeter
             * @typedef SayHelloCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {demo.v1.HelloReply} [response] HelloReply
             */

            /**
             * Calls SayHello.
             * @memberof demo.v1.Greeter
             * @typedef SayHello
             * @type {{
             *   (request: demo.v1.IHelloRequest, callback: demo.v1.Greeter.SayHelloCallback): void;
             *   (request: demo.v1.IHelloRequest): Promise<demo.v1.HelloReply>;
             *   readonly name: "SayHello";
             *   readonly path: "/demo.v1.Greeter/SayHello";
             *   readonly requestType: "HelloRequest";
             *   readonly responseType: "HelloReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SayHello.
             * @name demo.v1.Greeter#sayHello
             * @type {demo.v1.Greeter.SayHello}
             */
            $Object.defineProperties(Greeter.prototype.sayHello = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Greeter.prototype.sayHello, $root.demo.v1.HelloRequest, $root.demo.v1.HelloReply, request, callback);
            }, {
                name: { value: "SayHello" },
                path: { value: "/demo.v1.Greeter/SayHello" },
                requestType: { value: "HelloRequest" },
                responseType: { value: "HelloReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link demo.v1.Greeter#echo}.
             * @memberof demo.v1.Greeter
             * @typedef EchoCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {demo.v1.Echo} [response] Echo
             */

            /**
             * Calls Echo.
             * @memberof demo.v1.Greeter
             * @typedef Echo
             * @type {{
             *   (request: demo.v1.IEcho, callback: demo.v1.Greeter.EchoCallback): void;
             *   (request: demo.v1.IEcho): Promise<demo.v1.Echo>;
             *   readonly name: "Echo";
             *   readonly path: "/demo.v1.Greeter/Echo";
             *   readonly requestType: "Echo";
             *   readonly responseType: "Echo";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Echo.
             * @name demo.v1.Greeter#echo
             * @type {demo.v1.Greeter.Echo}
             */
            $Object.defineProperties(Greeter.prototype.echo = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Greeter.prototype.echo, $root.demo.v1.Echo, $root.demo.v1.Echo, request, callback);
            }, {
                name: { value: "Echo" },
                path: { value: "/demo.v1.Greeter/Echo" },
                requestType: { value: "Echo" },
                responseType: { value: "Echo" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Greeter;
        })();

        return v1;
    })();

    return demo;
})();

export {
  $root as default
};
