@_exported import ExactMath
@_exported import FloatMath
