/// The stylesheet of the report page: light and dark colours (`prefers-color-scheme`), a
/// print style (black on white, figures kept whole, no navigation), and the plot palette.
/// It contains no '<', '>' or '&', so it reads the same as XML text and as HTML raw text.
enum HTMLStyle {
    static var css: String { page + PlotPalette.css }

    static let page = """
        :root { color-scheme: light dark; --bg: #ffffff; --fg: #1a1a1a; --muted: #5a5a5a; --rule: #d4d4d4;
          --code: #f2f2f2; --link: #0b5cad; --holds: #1b7f3b; --refuted: #b3261e; --inconclusive: #8a6400; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #161616; --fg: #e6e6e6; --muted: #a8a8a8; --rule: #3a3a3a; --code: #242424;
            --link: #82bcf2; --holds: #63d28d; --refuted: #ff8a80; --inconclusive: #f0c24a; }
        }
        @media print {
          :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --rule: #999999; --code: #ffffff;
            --link: #000000; --holds: #000000; --refuted: #000000; --inconclusive: #000000; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          .back { display: none; }
          figure, tr, h3, h4 { break-inside: avoid; }
          h3, h4 { break-after: avoid; }
        }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
          max-width: 1120px; margin: 0 auto; padding: 1.5rem; background: var(--bg); color: var(--fg); }
        a { color: var(--link); }
        h1 { margin: 0 0 .25rem; }
        h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { margin: 2rem 0 .5rem; }
        h4 { margin: 1.25rem 0 .4rem; }
        section.theorem { border-top: 1px solid var(--rule); }
        .muted, figcaption { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: .5rem 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .45rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--fg); }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td { overflow-wrap: break-word; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: var(--code);
          padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .verdict { font-weight: 700; }
        .verdict.holds { color: var(--holds); }
        .verdict.refuted, .verdict.not-discriminating, .outcome.refuted { color: var(--refuted); }
        .verdict.inconclusive, .outcome.inconclusive { color: var(--inconclusive); }
        figure { margin: 1rem 0; }
        figcaption { font-size: 13px; }
        svg.plot { max-width: 100%; height: auto; color: var(--fg); }

        """
}
