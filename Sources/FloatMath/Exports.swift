@_exported import ExactMath
