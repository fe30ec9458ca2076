import { describe, expect, it } from 'vitest';
import {
  acceptedTypes,
  bytesMatchName,
  sniffUpload,
  uploadKindOf,
  uploadProblem,
  UPLOAD_LIMITS,
} from '../src/lib/cms/uploads';
import { silentMp3 } from './helpers/audio-fixture';

describe('what an editor may upload', () => {
  it('takes photos and recordings within the limits', () => {
    expect(uploadProblem({ name: 'anh.jpg', bytes: 2_000_000, width: 3000, height: 2000 }, 'image')).toBeUndefined();
    expect(uploadProblem({ name: 'ban-tin.m4a', bytes: 8_000_000 }, 'audio')).toBeUndefined();
    expect(uploadProblem({ name: 'ban-tin.ogg', bytes: 1 }, 'audio')).toBeUndefined();
  });

  it('refuses other types, listing what is accepted', () => {
    expect(uploadProblem({ name: 'ban-tin.wav', bytes: 1 }, 'audio')).toBe(
      '“ban-tin.wav” không phải tệp âm thanh được nhận. Chỉ nhận tệp âm thanh MP3, M4A hoặc OGG.',
    );
    expect(uploadProblem({ name: 'so-do.svg', bytes: 1 }, 'image')).toContain('Chỉ nhận ảnh JPG, JPEG, PNG hoặc WEBP.');
    expect(acceptedTypes('audio')).toBe('MP3, M4A hoặc OGG');
  });

  it('names the limit an oversized file breaks', () => {
    expect(uploadProblem({ name: 'may-anh.jpg', bytes: 15 * 1024 * 1024, width: 6000, height: 4000 }, 'image')).toBe(
      '“may-anh.jpg” nặng 15 MB, quá giới hạn 5 MB cho một ảnh. Hãy thu nhỏ hoặc nén tệp rồi tải lên lại.',
    );
    expect(uploadProblem({ name: 'rong.png', bytes: 900_000, width: 4500, height: 800 }, 'image')).toContain(
      'cạnh dài 4.500 điểm ảnh, quá giới hạn 4.000 điểm ảnh',
    );
    expect(uploadProblem({ name: 'dai.mp3', bytes: UPLOAD_LIMITS.audio.maxBytes + 1 }, 'audio')).toContain(
      'quá giới hạn 20 MB',
    );
  });

  it('knows a file by its first bytes, not its name', () => {
    expect(sniffUpload(silentMp3(1))).toBe('mp3');
    expect(bytesMatchName(silentMp3(1), 'ban-tin.mp3')).toBe(true);
    expect(bytesMatchName(Buffer.from('<html><script>alert(1)</script>'), 'ban-tin.mp3')).toBe(false);
    expect(sniffUpload(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(bytesMatchName(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'anh.JPEG')).toBe(true);
    expect(sniffUpload(Buffer.from('OggS\0\x02'))).toBe('ogg');
    expect(sniffUpload(Buffer.from('\0\0\0\x20ftypM4A '))).toBe('m4a');
    expect(sniffUpload(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(uploadKindOf('anh.webp')).toBe('image');
    expect(uploadKindOf('ban-tin.mp3')).toBe('audio');
    expect(uploadKindOf('script.js')).toBeUndefined();
  });
});
