/** Where a table starts in a TrueType or OpenType file, from its table directory. */
export function tableOffset(bytes: Buffer, tag: string): number {
  const count = bytes.readUInt16BE(4);
  for (let i = 0; i < count; i++)
    if (bytes.toString("latin1", 12 + 16 * i, 16 + 16 * i) === tag)
      return bytes.readUInt32BE(20 + 16 * i);
  throw new Error(`no ${tag} table`);
}
