"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.definedEntries = definedEntries;
exports.mapDefinedEntries = mapDefinedEntries;
function definedEntries(object) {
    const defined = {};
    for (const key of Object.keys(object)) {
        if (object[key] !== undefined)
            setEntry(defined, key, object[key]);
    }
    return defined;
}
function mapDefinedEntries(map, convert) {
    const converted = {};
    for (const key of Object.keys(map)) {
        const value = map[key];
        if (value !== undefined)
            setEntry(converted, key, convert(value));
    }
    return converted;
}
function setEntry(object, key, value) {
    if (key === "__proto__")
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else
        object[key] = value;
}
