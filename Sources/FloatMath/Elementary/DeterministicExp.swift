// Ported from fdlibm (e_exp.c), whose notice is kept here as its licence requires:
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

/// An exponential that returns the same bits on every platform.
///
/// Platform `exp` (glibc, Darwin's libm, musl) may differ in the last bit, which would make
/// Float64 trajectories — softmax weights of gradient methods on separable data, Adam's
/// log-scale moments — differ across machines. This is a port of fdlibm's `__ieee754_exp`
/// (Sun Microsystems, 1993; also used by musl and FreeBSD), the companion of
/// ``deterministicLog(_:)``:
///
/// 1. reduce x = k·ln 2 + r with |r| ≤ ½ln 2, ln 2 split into ln2_hi + ln2_lo so that k·ln2_hi
///    is exact;
/// 2. approximate exp(r) = 1 + r + r·c(r)/(2 − c(r)) with c(r) = r − r²·P(r²), P a fixed
///    degree-5 minimax polynomial (|error| < 2⁻⁵⁹);
/// 3. scale by 2ᵏ by adding k to the exponent field.
///
/// Only IEEE-754 +, −, ×, ÷ in round-to-nearest are used, so the result depends on nothing
/// but the input bits. Accuracy: error below 1 ulp (fdlibm's stated bound); tested against the
/// platform `exp` within 1 ulp.
///
/// Special values: `exp(+∞) = +∞`, `exp(−∞) = 0`, `exp(NaN) = NaN`; overflow above
/// 709.78… gives +∞ and underflow below −745.13… gives 0; results in the subnormal range are
/// produced by a final multiplication by 2⁻¹⁰⁰⁰.
public func deterministicExp(_ x: Double) -> Double {
    let ln2Hi = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    let ln2Lo = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76
    let invLn2 = 1.44269504088896338700e+00  // 0x3FF71547_652B82FE
    let overflowThreshold = 7.09782712893383973096e+02  // 0x40862E42_FEFA39EF
    let underflowThreshold = -7.45133219101941108420e+02  // 0xC0874910_D52D3051
    let twoToMinus1000 = 9.33263618503218878990e-302  // 2^-1000
    let p1 = 1.66666666666666019037e-01  // 0x3FC55555_5555553E
    let p2 = -2.77777777770155933842e-03  // 0xBF66C16C_16BEBD93
    let p3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
    let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41_C5D26BF1
    let p5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0

    let high = UInt32(truncatingIfNeeded: x.bitPattern >> 32)
    let negative = (high >> 31) != 0
    let absHigh = high & 0x7FFF_FFFF

    if absHigh >= 0x4086_2E42 {  // |x| ≥ 709.78…: non-finite, overflow or underflow
        if absHigh >= 0x7FF0_0000 {
            if x.isNaN { return x + x }
            return negative ? 0 : x  // exp(±∞)
        }
        if x > overflowThreshold { return .infinity }
        if x < underflowThreshold { return 0 }
    }

    var r = x
    var hi = 0.0, lo = 0.0
    var k: Int32 = 0
    if absHigh > 0x3FD6_2E42 {  // |x| > ½ln 2: reduce
        if absHigh < 0x3FF0_A2B2 {  // and |x| < 1.5·ln 2: k = ±1
            hi = negative ? x + ln2Hi : x - ln2Hi
            lo = negative ? -ln2Lo : ln2Lo
            k = negative ? -1 : 1
        } else {
            k = Int32(invLn2 * x + (negative ? -0.5 : 0.5))  // truncation toward zero, as C's (int)
            let t = Double(k)
            hi = x - t * ln2Hi  // t·ln2Hi is exact
            lo = t * ln2Lo
        }
        r = hi - lo
    } else if absHigh < 0x3E30_0000 {  // |x| < 2^-28: exp(x) rounds to 1 + x
        return 1 + x
    }

    let t = r * r
    let c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    if k == 0 { return 1 - ((r * c) / (c - 2.0) - r) }
    let y = 1 - ((lo - (r * c) / (2.0 - c)) - hi)
    if k >= -1021 {
        return Double(bitPattern: UInt64(bitPattern: Int64(bitPattern: y.bitPattern) &+ (Int64(k) << 52)))
    }
    let scaled = Double(bitPattern: UInt64(bitPattern: Int64(bitPattern: y.bitPattern) &+ (Int64(k + 1000) << 52)))
    return scaled * twoToMinus1000
}
