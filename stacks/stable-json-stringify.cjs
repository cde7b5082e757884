"use strict";
// What cdktf writes its JSON with (json-stable-stringify 1.3: keys sorted, `{ space }` indentation,
// empty containers opened and closed on two lines), written for speed. bin/run-bundled.cjs puts it in
// place of that package in the bundle: the package checks every node against the path of the nodes above
// it for cycles and joins its output from a call per helper, about 40 ms of a synth for ten stacks.
// test/stacks/stable-json-stringify.test.ts proves the output identical on every shipped stack.
//
// CommonJS on purpose: cdktf calls `require("json-stable-stringify")(value, options)`.

/**
 * @param {unknown} value
 * @param {{ space?: string | number } | undefined} options
 * @returns {string | undefined}
 */
module.exports = function stableStringify(value, options) {
  const unsupported = Object.keys(options ?? {}).filter((key) => key !== "space");
  if (unsupported.length > 0) {
    throw new Error(`stable-json-stringify: option ${unsupported.join(", ")} is not supported (only space)`);
  }
  const space = typeof options?.space === "number" ? " ".repeat(options.space) : (options?.space ?? "");
  const separator = space ? ": " : ":";
  /** Ancestors of the node being written, to refuse a cycle as JSON.stringify does. */
  const ancestors = new Set();
  /** The line break and indentation before a closing bracket at each depth, made once per depth. */
  const indents = [];
  const indentOf = (level) => {
    while (indents.length <= level) indents.push(space ? `\n${space.repeat(indents.length)}` : "");
    return indents[level];
  };

  /** @returns {string | undefined} */
  const write = (node, level) => {
    if (node && typeof node.toJSON === "function") node = node.toJSON();
    if (node === undefined) return undefined;
    if (typeof node !== "object" || node === null) return JSON.stringify(node);
    if (ancestors.has(node)) throw new TypeError("Converting circular structure to JSON");
    ancestors.add(node);
    const indent = indentOf(level);
    const inner = indent + space;
    let out = "";
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item = write(node[index], level + 1) || "null";
        out += (index === 0 ? "" : ",") + inner + item;
      }
      ancestors.delete(node);
      return `[${out}${indent}]`;
    }
    let first = true;
    for (const key of Object.keys(node).sort()) {
      const item = write(node[key], level + 1);
      if (!item) continue;
      out += (first ? "" : ",") + inner + JSON.stringify(key) + separator + item;
      first = false;
    }
    ancestors.delete(node);
    return `{${out}${indent}}`;
  };
  return write(value, 0);
};
