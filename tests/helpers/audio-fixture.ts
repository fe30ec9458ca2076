/**
 * A small, valid MP3 written by the test itself (no recording is committed): silent MPEG-1 Layer III frames,
 * 44.1 kHz mono at 128 kbit/s. Each frame is a header, empty side information (no audio data, so silence) and
 * padding to the frame's length; decoders and players read it like any constant-bitrate file.
 */
export const MP3_FRAME = { samples: 1152, rate: 44_100, bytes: 417 } as const;

/** Frames needed for about `seconds` of silence, and the exact duration they make. */
export function mp3Frames(seconds: number): { frames: number; seconds: number } {
  const frames = Math.round((seconds * MP3_FRAME.rate) / MP3_FRAME.samples);
  return { frames, seconds: (frames * MP3_FRAME.samples) / MP3_FRAME.rate };
}

export function silentMp3(seconds: number): Buffer {
  const { frames } = mp3Frames(seconds);
  const frame = Buffer.alloc(MP3_FRAME.bytes);
  // Sync word, MPEG-1, Layer III, no CRC | 128 kbit/s, 44.1 kHz, no padding | mono.
  frame.set([0xff, 0xfb, 0x90, 0xc0]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}
