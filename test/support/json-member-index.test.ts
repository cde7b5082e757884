import { type IndexedValue, indexJson, parseRange } from "./json-member-index";

/** The indexed tree as plain data: each indexed object's members, every other value parsed. */
function resolveIndex(bytes: Buffer, value: IndexedValue): unknown {
  if (!value.members) return parseRange(bytes, value.range);
  return Object.fromEntries([...value.members].map(([key, member]) => [key, resolveIndex(bytes, member)]));
}

const document = {
  "plain key": { nested: { deeper: [1, 2, { three: 3 }] } },
  'quote " and backslash \\ in a key': 'value with } and ] and \\" inside',
  "unicode é ✓": { ключ: "значение", emoji: "🙂" },
  numbers: [-1.5e3, 0, 12],
  literals: [true, false, null],
  empty: {},
  "empty array": [],
};

describe("indexJson", () => {
  test.each([
    ["compact", JSON.stringify(document)],
    ["pretty-printed", JSON.stringify(document, null, 2)],
    ["with CRLF and tabs", JSON.stringify(document, null, "\t").replaceAll("\n", "\r\n")],
  ])("finds every member of a %s document, whatever its keys and strings hold", (_format, text) => {
    const bytes = Buffer.from(text, "utf8");
    const root = indexJson(bytes, () => true);
    expect(resolveIndex(bytes, root)).toEqual(document);
    expect([...(root.members?.keys() ?? [])]).toEqual(Object.keys(document));
  });

  test("descends only where asked: other objects are ranges to parse later", () => {
    const bytes = Buffer.from(JSON.stringify(document));
    const root = indexJson(bytes, (path) => path.length === 1 && path[0] === "unicode é ✓");
    expect(root.members?.get("plain key")?.members).toBeUndefined();
    expect(parseRange(bytes, root.members?.get("plain key")?.range as IndexedValue["range"])).toEqual(
      document["plain key"],
    );
    expect([...(root.members?.get("unicode é ✓")?.members?.keys() ?? [])]).toEqual(["ключ", "emoji"]);
  });

  test("a repeated key keeps its last value, as JSON.parse does", () => {
    const bytes = Buffer.from('{"a": 1, "a": 2}');
    expect(
      resolveIndex(
        bytes,
        indexJson(bytes, () => true),
      ),
    ).toEqual(JSON.parse('{"a": 1, "a": 2}'));
  });

  test.each([
    ["[1, 2]", 'invalid JSON at byte 0: expected an object, found "["'],
    ['{"a" 1}', 'invalid JSON at byte 5: expected ":", found "1"'],
    ['{"a": 1 "b": 2}', 'invalid JSON at byte 8: expected "," or "}", found """'],
    ['{"a": [1, {"b": 2}', 'invalid JSON at byte 18: expected "]", found the end of the data'],
    ['{"a": "open', "invalid JSON at byte 11: expected the end of a string, found the end of the data"],
    ['{"a": 1} {}', 'invalid JSON at byte 9: expected the end of the data, found "{"'],
    ["{a: 1}", 'invalid JSON at byte 1: expected a member name, found "a"'],
  ])("refuses %s at the byte where it breaks", (text, message) => {
    expect(() => indexJson(Buffer.from(text), () => true)).toThrow(message);
  });
});
