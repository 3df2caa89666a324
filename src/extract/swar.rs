//! Byte classes eight bytes at a time ("SIMD within a register"), for the
//! candidate scans of the extractors.
//!
//! Every mask marks a byte by its bit 7: `m & (0x80 << (8 * k))` is set
//! when byte `k` of the block (in text order) is in the class. Safe code,
//! no target features: a block is a `u64` read little-endian.

/// Bit 7 of each byte of a word: the masks below mark bytes there.
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;
/// Low seven bits of each byte.
const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// `b` repeated in every byte.
const fn splat(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// The eight bytes of `b` from `base` (zeros past the end).
pub(crate) fn block(b: &[u8], base: usize) -> u64 {
    // A whole block is one load; only the last one is assembled byte by
    // byte (a copy of a variable length would be a call to `memmove`).
    if let Some(chunk) = b.get(base..base.saturating_add(8)) {
        let mut x = [0u8; 8];
        x.copy_from_slice(chunk);
        return u64::from_le_bytes(x);
    }
    le_bytes(b.get(base..).unwrap_or(&[]))
}

/// The bytes of `r` (at most eight) as a little-endian word, zeros after.
pub(crate) fn le_bytes(r: &[u8]) -> u64 {
    r.iter()
        .take(8)
        .enumerate()
        .fold(0, |x, (k, &c)| x | u64::from(c) << (8 * k))
}

/// Marks the ASCII bytes of `v` in `lo..=hi` (both below 0x80).
pub(crate) fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let x = v & LO7;
    let ge_lo = x.wrapping_add(splat(0x80 - lo));
    let gt_hi = x.wrapping_add(splat(0x7F - hi));
    ge_lo & !gt_hi & !v & HI
}

/// Marks the bytes of `v` equal to `c`.
pub(crate) fn eq_byte(v: u64, c: u8) -> u64 {
    let x = v ^ splat(c);
    !(((x & LO7).wrapping_add(LO7)) | x) & HI
}

/// The byte classes of one block: digits, ASCII letters, and word bytes
/// (letters, digits, any byte of a non-ASCII character).
pub(crate) fn classes(v: u64) -> (u64, u64, u64) {
    let digit = in_range(v, b'0', b'9');
    let letter = in_range(v | splat(0x20), b'a', b'z');
    (digit, letter, digit | letter | (v & HI))
}

/// The first byte at or after `from` that `mark` marks in its block, or
/// `b.len()`. `mark` sees whole blocks; bytes before `from` are ignored.
pub(crate) fn find(b: &[u8], from: usize, mark: impl Fn(u64) -> u64) -> usize {
    let mut base = from;
    while base < b.len() {
        let m = mark(block(b, base));
        if m != 0 {
            let i = base + (m.trailing_zeros() / 8) as usize;
            return i.min(b.len());
        }
        base += 8;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block masks agree with the byte tests they stand for, on every
    /// byte value in every lane.
    #[test]
    fn block_masks() {
        for c in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[lane] = c;
                let v = u64::from_le_bytes(bytes);
                let bit = |m: u64| m & (0x80 << (8 * lane)) != 0;
                let (digit, letter, word) = classes(v);
                assert_eq!(bit(digit), c.is_ascii_digit(), "{c}");
                assert_eq!(bit(letter), c.is_ascii_alphabetic(), "{c}");
                assert_eq!(bit(word), c.is_ascii_alphanumeric() || c >= 0x80, "{c}");
                assert_eq!(bit(eq_byte(v, b',')), c == b',', "{c}");
                assert_eq!(bit(eq_byte(v, 0xE2)), c == 0xE2, "{c}");
                assert_eq!(bit(in_range(v, b'A', b'Z')), c.is_ascii_uppercase(), "{c}");
            }
        }
    }

    /// A block reads eight bytes little-endian, zeros past the end.
    #[test]
    fn blocks() {
        let b = b"0123456789";
        assert_eq!(block(b, 0), u64::from_le_bytes(*b"01234567"));
        assert_eq!(block(b, 2), u64::from_le_bytes(*b"23456789"));
        assert_eq!(block(b, 7), u64::from_le_bytes(*b"789\0\0\0\0\0"));
        assert_eq!(block(b, 10), 0);
        assert_eq!(block(b, usize::MAX), 0);
    }

    /// `find` returns the first marked byte at or after `from`, whatever
    /// the block alignment.
    #[test]
    fn find_first_marked() {
        let text = b"no Capital here, then X and the end Z";
        for from in 0..=text.len() + 2 {
            let want = text
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, c)| c.is_ascii_uppercase())
                .map_or(text.len(), |(i, _)| i);
            assert_eq!(
                find(text, from, |v| in_range(v, b'A', b'Z')),
                want,
                "{from}"
            );
        }
    }
}
