// The part of pngjs 7 missive uses (write/png-planes.ts); pngjs ships no types of its own.
declare module "pngjs" {
  export class PNG {
    width: number;
    height: number;
    /** RGBA, 8 bits a sample (pngjs scales 16-bit samples down). */
    data: Buffer;
    /** The image has colour (not grey only). */
    color: boolean;
    static sync: { read(buffer: Buffer): PNG };
  }
}
