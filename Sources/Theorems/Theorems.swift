// Theorems module
