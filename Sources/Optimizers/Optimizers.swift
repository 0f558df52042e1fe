import FloatMath
