import RealModule

extension Matrix where Scalar: AlgebraicField {
    /// The Kronecker product A ⊗ B (rows·rows' × columns·columns'), with entry
    /// (A ⊗ B)[i·p + k, j·q + l] = A[i, j]·B[k, l] for B of size p × q; with the row-major
    /// vectorisation vec(X)[i·q + j] = X[i, j], (A ⊗ B) vec X = vec(A X Bᵀ).
    public func kronecker(_ b: Matrix) -> Matrix {
        Matrix(rows: rows * b.rows, columns: columns * b.columns) { r, c in
            self[r / b.rows, c / b.columns] * b[r % b.rows, c % b.columns]
        }
    }
}
