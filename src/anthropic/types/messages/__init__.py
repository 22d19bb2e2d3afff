"""Types of the Message Batches API (`client.messages.batches`).

Names are imported on first access (PEP 562), so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_list_params import BatchListParams as BatchListParams
    from .deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from .message_batch import MessageBatch as MessageBatch
    from .message_batch_canceled_result import MessageBatchCanceledResult as MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult as MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult as MessageBatchExpiredResult
    from .message_batch_individual_response import MessageBatchIndividualResponse as MessageBatchIndividualResponse
    from .message_batch_request_counts import MessageBatchRequestCounts as MessageBatchRequestCounts
    from .message_batch_result import MessageBatchResult as MessageBatchResult
    from .message_batch_succeeded_result import MessageBatchSucceededResult as MessageBatchSucceededResult

_LAZY: dict[str, str] = {
    "BatchCreateParams": ".batch_create_params",
    "BatchListParams": ".batch_list_params",
    "DeletedMessageBatch": ".deleted_message_batch",
    "MessageBatch": ".message_batch",
    "MessageBatchCanceledResult": ".message_batch_canceled_result",
    "MessageBatchErroredResult": ".message_batch_errored_result",
    "MessageBatchExpiredResult": ".message_batch_expired_result",
    "MessageBatchIndividualResponse": ".message_batch_individual_response",
    "MessageBatchRequestCounts": ".message_batch_request_counts",
    "MessageBatchResult": ".message_batch_result",
    "MessageBatchSucceededResult": ".message_batch_succeeded_result",
}

__all__ = [
    "BatchCreateParams",
    "BatchListParams",
    "DeletedMessageBatch",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
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
