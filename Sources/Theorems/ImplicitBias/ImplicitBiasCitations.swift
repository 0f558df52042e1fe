extension Citation {
    /// S. Boyd, L. Vandenberghe, *Convex Optimization*, Cambridge University Press, 2004.
    public static let boydVandenberghe2004 = Citation(
        authors: ["Stephen Boyd", "Lieven Vandenberghe"], title: "Convex Optimization",
        venue: "Cambridge University Press", year: 2004,
        bibtexKey: "boyd2004convex", entryType: "book")

    /// D. P. Kingma, J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015.
    public static let kingmaBa2015 = Citation(
        authors: ["Diederik P. Kingma", "Jimmy Ba"], title: "Adam: A Method for Stochastic Optimization",
        venue: "International Conference on Learning Representations (ICLR)", year: 2015, arxiv: "1412.6980", bibtexKey: "kingma2015adam", entryType: "inproceedings")

    /// D. Soudry, E. Hoffer, M. S. Nacson, S. Gunasekar, N. Srebro, "The Implicit Bias of
    /// Gradient Descent on Separable Data", JMLR 19(70), 2018.
    public static let soudry2018 = Citation(
        authors: ["Daniel Soudry", "Elad Hoffer", "Mor Shpigel Nacson", "Suriya Gunasekar", "Nathan Srebro"],
        title: "The Implicit Bias of Gradient Descent on Separable Data", venue: "Journal of Machine Learning Research", year: 2018,
        arxiv: "1710.10345", bibtexKey: "soudry2018implicit", entryType: "article", volume: "19", number: "70", pages: "1--57")

    /// M. S. Nacson, J. D. Lee, S. Gunasekar, P. Savarese, N. Srebro, D. Soudry,
    /// "Convergence of Gradient Descent on Separable Data", AISTATS 2019.
    public static let nacson2019 = Citation(
        authors: ["Mor Shpigel Nacson", "Jason D. Lee", "Suriya Gunasekar", "Pedro Savarese", "Nathan Srebro", "Daniel Soudry"],
        title: "Convergence of Gradient Descent on Separable Data", venue: "Proceedings of the Twenty-Second International Conference on Artificial Intelligence and Statistics (AISTATS)", year: 2019,
        arxiv: "1803.01905", bibtexKey: "nacson2019convergence", entryType: "inproceedings", volume: "89",
        series: "Proceedings of Machine Learning Research")

    /// S. Gunasekar, J. D. Lee, D. Soudry, N. Srebro, "Characterizing Implicit Bias in Terms
    /// of Optimization Geometry", ICML 2018.
    public static let gunasekar2018 = Citation(
        authors: ["Suriya Gunasekar", "Jason D. Lee", "Daniel Soudry", "Nathan Srebro"],
        title: "Characterizing Implicit Bias in Terms of Optimization Geometry", venue: "Proceedings of the 35th International Conference on Machine Learning (ICML)", year: 2018,
        arxiv: "1802.08246", bibtexKey: "gunasekar2018characterizing", entryType: "inproceedings", volume: "80",
        series: "Proceedings of Machine Learning Research")

    /// C. Zhang, D. Zou, Y. Cao, "The Implicit Bias of Adam on Separable Data", NeurIPS 2024.
    public static let zhangZouCao2024 = Citation(
        authors: ["Chenyang Zhang", "Difan Zou", "Yuan Cao"], title: "The Implicit Bias of Adam on Separable Data",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2024, arxiv: "2406.10650", bibtexKey: "zhang2024implicit",
        entryType: "inproceedings", volume: "37")

    /// B. Baek, M. Song, C. Yun, "Implicit Bias of Per-sample Adam on Separable Data:
    /// Departure from the Full-batch Regime", arXiv 2510.26303, 2025.
    public static let baekSongYun2025 = Citation(
        authors: ["Beomhan Baek", "Minhak Song", "Chulhee Yun"],
        title: "Implicit Bias of Per-sample Adam on Separable Data: Departure from the Full-batch Regime",
        venue: "arXiv preprint", year: 2025, arxiv: "2510.26303", bibtexKey: "baek2025implicit", entryType: "misc")
}
