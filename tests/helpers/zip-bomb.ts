import { constants, deflateRawSync } from "node:zlib";

/**
 * A zip of one part that inflates to `mb` megabytes of zeros but declares 1 KB: a zip bomb,
 * made in moments. The same deflated megabyte, ended by a sync flush (so it can be followed),
 * is repeated, then a final empty block ends the stream.
 */
export function zipBomb(mb: number, name = "xl/worksheets/sheet1.xml"): Buffer {
  const meg = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mb }, () => meg), Buffer.from([3, 0])]);
  const file = Buffer.from(name);
  const sizes = (b: Buffer, at: number) => {
    b.writeUInt32LE(0, at); // CRC: what a reader checks only after inflating
    b.writeUInt32LE(data.length, at + 4);
    b.writeUInt32LE(1024, at + 8); // the lie
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  sizes(local, 14);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  sizes(central, 16);
  central.writeUInt16LE(file.length, 28);
  const cdAt = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(cdAt, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}
