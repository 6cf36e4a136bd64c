"""Rasa's logistic regression intent classifier stored as plain numpy arrays instead of skops.

Why: Rasa 3.6 stores `LogisticRegressionClassifier` with skops, and
`import skops.io` walks all of scikit-learn: half of the server's cold start.

Measured gain (py-spy, reports/profile.md): cold start from about 13 s to
about 6 s. Re-measured 2026-11-30: `import skops.io`, after Rasa's own
imports, still costs 11.7 s of CPU time on this machine.

Reads the component's private `_model_storage` and `_resource` (Rasa sets
them in `__init__` and offers no accessor), and on load sets scikit-learn's
fitted attributes of `LogisticRegression` by hand (`coef_`, `intercept_`,
`classes_`, `n_features_in_`), which is what `predict_proba` needs in
scikit-learn 1.1. The arrays load without pickle.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier


def save_arrays(clf: Any, path: Any) -> None:
    np.savez(path, coef=clf.coef_, intercept=clf.intercept_, classes=np.asarray(clf.classes_, dtype=str))


def load_arrays(clf: Any, path: Any) -> None:
    """Make `clf` (an unfitted LogisticRegression) the fitted one saved at `path`."""
    with np.load(path) as arrays:
        # Column-major, so that `coef_.T` in `decision_function` is row-major: scipy's sparse
        # product ravels its dense operand, which copied all of the (features x intents)
        # matrix for every message (5% of a turn's CPU).
        clf.coef_ = np.asfortranarray(arrays["coef"])
        clf.intercept_ = arrays["intercept"]
        clf.classes_ = arrays["classes"]
    clf.n_features_in_ = clf.coef_.shape[1]


class NpzLogisticRegression(LogisticRegressionClassifier):
    FILE = "logistic_regression.npz"

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as directory:
            save_arrays(self.clf, directory / self.FILE)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> NpzLogisticRegression:
        component = cls(config, execution_context.node_name, model_storage, resource)
        try:
            with model_storage.read_from(resource) as directory:
                load_arrays(component.clf, directory / cls.FILE)
        except (ValueError, FileNotFoundError):
            return cls.create(config, model_storage, resource, execution_context)  # not trained (no intents)
        return component
