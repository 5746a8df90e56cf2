"""How agencies word things: header texts and cell values → catalogue fields and vocabulary keys.

    normal   text → tokens: folded, abbreviations expanded, units and remarks told apart, stemmed
    phrases  a vocabulary of phrases → keys, scored by weighted token overlap (stems, prefixes, typos)
    headers  a header path (parent / child) → a score per field, with its reason
    evidence a column's values → how well they fit each kind of field
    assign   columns × fields → one global assignment (each field at most once, best total score)
    values   a cell of a vocabulary field → its key, or a refusal naming the candidates
"""
