"""Types of the beta Message Batches API (`client.beta.messages.batches`).

Names are imported on first access (PEP 562), so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_list_params import BatchListParams as BatchListParams
    from .beta_deleted_message_batch import BetaDeletedMessageBatch as BetaDeletedMessageBatch
    from .beta_message_batch import BetaMessageBatch as BetaMessageBatch
    from .beta_message_batch_canceled_result import BetaMessageBatchCanceledResult as BetaMessageBatchCanceledResult
    from .beta_message_batch_errored_result import BetaMessageBatchErroredResult as BetaMessageBatchErroredResult
    from .beta_message_batch_expired_result import BetaMessageBatchExpiredResult as BetaMessageBatchExpiredResult
    from .beta_message_batch_individual_response import (
        BetaMessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts as BetaMessageBatchRequestCounts
    from .beta_message_batch_result import BetaMessageBatchResult as BetaMessageBatchResult
    from .beta_message_batch_succeeded_result import BetaMessageBatchSucceededResult as BetaMessageBatchSucceededResult

_LAZY: dict[str, str] = {
    "BatchCreateParams": ".batch_create_params",
    "BatchListParams": ".batch_list_params",
    "BetaDeletedMessageBatch": ".beta_deleted_message_batch",
    "BetaMessageBatch": ".beta_message_batch",
    "BetaMessageBatchCanceledResult": ".beta_message_batch_canceled_result",
    "BetaMessageBatchErroredResult": ".beta_message_batch_errored_result",
    "BetaMessageBatchExpiredResult": ".beta_message_batch_expired_result",
    "BetaMessageBatchIndividualResponse": ".beta_message_batch_individual_response",
    "BetaMessageBatchRequestCounts": ".beta_message_batch_request_counts",
    "BetaMessageBatchResult": ".beta_message_batch_result",
    "BetaMessageBatchSucceededResult": ".beta_message_batch_succeeded_result",
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "BetaDeletedMessageBatch",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
]


if not TYPE_CHECKING:  # type checkers see the imports above; no catch-all __getattr__ hides typos
    from importlib import import_module

    def __getattr__(name: str) -> object:
        try:
            module_name = _LAZY[name]
        except KeyError:
            if name.startswith("__"):
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
            # A submodule or subpackage (``types.beta``, ``types.message``) is an attribute too.
            try:
                return import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as e:
                if e.name != f"{__name__}.{name}":
                    raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
