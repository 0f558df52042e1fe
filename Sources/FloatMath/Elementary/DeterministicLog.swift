// Ported from fdlibm (e_log.c), whose notice is kept here as its licence requires:
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

/// A natural logarithm that returns the same bits on every platform.
///
/// Platform `log` (glibc, Darwin's libm, musl) may differ in the last bit, which would
/// break the bit-for-bit reproducibility of seeded Gaussian draws. This is a port of
/// fdlibm's `__ieee754_log` (Sun Microsystems, 1993; the algorithm also used by musl and
/// FreeBSD): split x = 2ᵏ·(1 + f) with √2/2 ≤ 1 + f < √2 by reading the IEEE-754 bit
/// pattern, then log(1 + f) = 2·atanh(s) with s = f/(2 + f), the odd series in s replaced
/// by a fixed degree-14 minimax polynomial (|error| < 2⁻⁵⁸·⁴⁵), and k·ln 2 added in two
/// pieces (ln2_hi has trailing zero bits so k·ln2_hi is exact).
///
/// Only IEEE-754 +, −, ×, ÷ in round-to-nearest are used (Swift does not contract them
/// into fused multiply-adds), so the result depends on nothing but the input bits.
/// Accuracy: error below 1 ulp (fdlibm's stated bound); tested against the platform log
/// within 2 ulp.
///
/// Special values: `log(±0) = −∞`, `log(x < 0) = NaN`, `log(+∞) = +∞`, `log(NaN) = NaN`;
/// subnormal inputs are handled.
public func deterministicLog(_ x: Double) -> Double {
    let ln2Hi = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    let ln2Lo = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76
    let two54 = 1.80143985094819840000e+16  // 2^54
    let lg1 = 6.666666666666735130e-01  // 0x3FE55555_55555593
    let lg2 = 3.999999999940941908e-01  // 0x3FD99999_9997FA04
    let lg3 = 2.857142874366239149e-01  // 0x3FD24924_94229359
    let lg4 = 2.222219843214978396e-01  // 0x3FCC71C5_1D8E78AF
    let lg5 = 1.818357216161805012e-01  // 0x3FC74664_96CB03DE
    let lg6 = 1.531383769920937332e-01  // 0x3FC39A09_D078C69F
    let lg7 = 1.479819860511658591e-01  // 0x3FC2F112_DF3E5244

    var x = x
    var bits = x.bitPattern
    var hx = Int32(truncatingIfNeeded: Int64(bitPattern: bits) >> 32)  // signed high word
    let lx = UInt32(truncatingIfNeeded: bits)
    var k: Int32 = 0
    if hx < 0x0010_0000 {  // x < 2^-1022: zero, negative, subnormal
        if (hx & 0x7FFF_FFFF) == 0 && lx == 0 { return -Double.infinity }
        if hx < 0 { return Double.nan }
        k -= 54
        x *= two54
        bits = x.bitPattern
        hx = Int32(truncatingIfNeeded: Int64(bitPattern: bits) >> 32)
    }
    if hx >= 0x7FF0_0000 { return x + x }  // +∞ or NaN
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    let i0 = (hx &+ 0x95F64) & 0x0010_0000
    // Normalize the mantissa to [√2/2, √2): exponent field 0x3ff or 0x3fe.
    let newHigh = UInt64(UInt32(bitPattern: hx | (i0 ^ 0x3FF0_0000)))
    x = Double(bitPattern: (newHigh << 32) | (x.bitPattern & 0xFFFF_FFFF))
    k += i0 >> 20
    let f = x - 1.0
    let dk = Double(k)
    if (0x000F_FFFF & (2 &+ hx)) < 3 {  // |f| < 2^-20
        if f == 0 {
            return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f)
        return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    var i = hx &- 0x6147A
    let w = z * z
    let j = 0x6B851 &- hx
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    i |= j
    let r = t2 + t1
    if i > 0 {
        let hfsq = 0.5 * f * f
        if k == 0 { return f - (hfsq - s * (hfsq + r)) }
        return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    } else {
        if k == 0 { return f - s * (f - r) }
        return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }
}
