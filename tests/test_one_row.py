"""bot.nlu_components.one_row: the classifier's input is what scipy's hstack would give."""

from __future__ import annotations

import numpy as np
import scipy.sparse

from bot.nlu_components import one_row


def test_one_row_equals_hstack() -> None:
    parts = [
        scipy.sparse.coo_matrix(scipy.sparse.random(1, n, density=d, random_state=seed))
        for seed, (n, d) in enumerate(((40, 0.1), (300, 0.02), (3000, 0.01), (5000, 0.0)))
    ]
    parts.append(scipy.sparse.csr_matrix(np.array([[0.0, 2.5, 0.0]])))  # not COO
    expected = scipy.sparse.hstack(parts, format="csr")
    got = one_row(parts)
    assert got.shape == expected.shape == (1, 8343)
    assert (got != expected).nnz == 0
    assert np.allclose(got.toarray(), expected.toarray())


def test_several_rows_fall_back_to_hstack() -> None:
    parts = [scipy.sparse.coo_matrix(np.eye(2)), scipy.sparse.coo_matrix(np.ones((2, 3)))]
    assert (one_row(parts) != scipy.sparse.hstack(parts, format="csr")).nnz == 0
