extension Citation {
    /// I. Safran, O. Shamir, "How Good is SGD with Random Shuffling?", COLT 2020.
    public static let safranShamir2020 = Citation(
        authors: ["Itay Safran", "Ohad Shamir"], title: "How Good is SGD with Random Shuffling?",
        venue: "Conference on Learning Theory (COLT)", year: 2020, arxiv: "1908.00045",
        bibtexKey: "safran2020good", entryType: "inproceedings", volume: "125", series: "Proceedings of Machine Learning Research")

    /// K. Mishchenko, A. Khaled, P. Richtárik, "Random Reshuffling: Simple Analysis with
    /// Vast Improvements", NeurIPS 2020.
    public static let mishchenkoKhaledRichtarik2020 = Citation(
        authors: ["Konstantin Mishchenko", "Ahmed Khaled", "Peter Richtárik"],
        title: "Random Reshuffling: Simple Analysis with Vast Improvements",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2020, arxiv: "2006.05988",
        bibtexKey: "mishchenko2020random", entryType: "inproceedings", volume: "33")

    /// K. Mishchenko, A. Khaled, P. Richtárik, "Proximal and Federated Random Reshuffling",
    /// ICML 2022 (the sequel whose ψ = 0 case restates the 2020 strongly convex theorem).
    public static let mishchenkoKhaledRichtarik2022 = Citation(
        authors: ["Konstantin Mishchenko", "Ahmed Khaled", "Peter Richtárik"],
        title: "Proximal and Federated Random Reshuffling",
        venue: "International Conference on Machine Learning (ICML)", year: 2022, arxiv: "2102.06704",
        bibtexKey: "mishchenko2022proximal", entryType: "inproceedings", volume: "162", series: "Proceedings of Machine Learning Research")

    /// K. Ahn, C. Yun, S. Sra, "SGD with Shuffling: Optimal Rates without Component
    /// Convexity and Large Epoch Requirements", NeurIPS 2020.
    public static let ahnYunSra2020 = Citation(
        authors: ["Kwangjun Ahn", "Chulhee Yun", "Suvrit Sra"],
        title: "SGD with Shuffling: Optimal Rates without Component Convexity and Large Epoch Requirements",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2020, arxiv: "2006.06946",
        bibtexKey: "ahn2020sgd", entryType: "inproceedings", volume: "33")

    /// C. Yun, S. Sra, A. Jadbabaie, "Open Problem: Can Single-Shuffle SGD be Better than
    /// Reshuffling SGD and GD?", COLT 2021 (open problem).
    public static let yunSraJadbabaie2021 = Citation(
        authors: ["Chulhee Yun", "Suvrit Sra", "Ali Jadbabaie"],
        title: "Open Problem: Can Single-Shuffle SGD be Better than Reshuffling SGD and GD?",
        venue: "Conference on Learning Theory (COLT)", year: 2021,
        bibtexKey: "yun2021open", entryType: "inproceedings", volume: "134", pages: "4653--4658", series: "Proceedings of Machine Learning Research")
}

extension Citation {
    /// I. Safran, O. Shamir, "Random Shuffling Beats SGD Only After Many Epochs on
    /// Ill-Conditioned Problems", NeurIPS 2021.
    public static let safranShamir2021 = Citation(
        authors: ["Itay Safran", "Ohad Shamir"],
        title: "Random Shuffling Beats SGD Only After Many Epochs on Ill-Conditioned Problems",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2021, arxiv: "2106.06880",
        bibtexKey: "safran2021random", entryType: "inproceedings", volume: "34")

    /// C. Yun, S. Rajput, S. Sra, "Minibatch vs Local SGD with Shuffling: Tight Convergence
    /// Bounds and Beyond", ICLR 2022.
    public static let yunRajputSra2022 = Citation(
        authors: ["Chulhee Yun", "Shashank Rajput", "Suvrit Sra"],
        title: "Minibatch vs Local SGD with Shuffling: Tight Convergence Bounds and Beyond",
        venue: "International Conference on Learning Representations (ICLR)", year: 2022, arxiv: "2110.10342",
        bibtexKey: "yun2022minibatch", entryType: "inproceedings")

    /// J. Cha, J. Lee, C. Yun, "Tighter Lower Bounds for Shuffling SGD: Random Permutations
    /// and Beyond", ICML 2023 (only the abstract has been confirmed; see
    /// Proofs/cha-lee-yun-2023/rr-weighted-average-bias-floor.md).
    public static let chaLeeYun2023 = Citation(
        authors: ["Jaeyoung Cha", "Jaewook Lee", "Chulhee Yun"],
        title: "Tighter Lower Bounds for Shuffling SGD: Random Permutations and Beyond",
        venue: "International Conference on Machine Learning (ICML)", year: 2023, arxiv: "2303.07160",
        bibtexKey: "cha2023tighter", entryType: "inproceedings", volume: "202", series: "Proceedings of Machine Learning Research")
}
