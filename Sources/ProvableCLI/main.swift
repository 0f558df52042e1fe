print("provable")
