// Word-level differences between two texts (longest common subsequence of tokens). Returns, for
// each side, the tokens with a flag saying whether the other side lacks them.
const LIMIT = 1500;

function tokens(text) {
  return text.split(/(\s+)/).filter((t) => t.length > 0);
}

export function diff(leftText, rightText) {
  const a = tokens(leftText);
  const b = tokens(rightText);
  if (a.length > LIMIT || b.length > LIMIT) {
    return { left: a.map((t) => ({ text: t, changed: false })), right: b.map((t) => ({ text: t, changed: false })) };
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const left = [];
  const right = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { left.push({ text: a[i++], changed: false }); right.push({ text: b[j++], changed: false }); }
    else if (table[i + 1][j] >= table[i][j + 1]) left.push({ text: a[i++], changed: !/^\s+$/.test(a[i - 1]) });
    else right.push({ text: b[j++], changed: !/^\s+$/.test(b[j - 1]) });
  }
  while (i < a.length) left.push({ text: a[i++], changed: !/^\s+$/.test(a[i - 1]) });
  while (j < b.length) right.push({ text: b[j++], changed: !/^\s+$/.test(b[j - 1]) });
  return { left, right };
}

/** Fills a node with the tokens, wrapping changed ones in the given tag; text only, never HTML. */
export function render(node, parts, tag) {
  node.replaceChildren();
  for (const part of parts) {
    if (part.changed) {
      const mark = document.createElement(tag);
      mark.textContent = part.text;
      node.append(mark);
    } else {
      node.append(document.createTextNode(part.text));
    }
  }
}
