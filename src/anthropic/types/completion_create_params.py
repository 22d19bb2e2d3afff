from typing import List, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .._utils import PropertyInfo
from .anthropic_beta_param import AnthropicBetaParam
from .metadata_param import MetadataParam
from .model_param import ModelParam

__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionRequestNonStreaming",
    "CompletionRequestNonStreamingMetadata",
    "CompletionRequestStreaming",
    "CompletionRequestStreamingMetadata",
    "Metadata",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    max_tokens_to_sample: Required[int]
    model: Required[ModelParam]
    prompt: Required[str]
    metadata: MetadataParam
    stop_sequences: SequenceNotStr[str]
    temperature: float
    top_k: int
    top_p: float
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Literal[False]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase):
    stream: Literal[True]


CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]


Metadata = MetadataParam
"""Older name of `MetadataParam`, kept for compatibility."""


CompletionRequestStreamingMetadata = MetadataParam
"""Older name of `MetadataParam`, kept for compatibility."""


CompletionRequestNonStreamingMetadata = MetadataParam
"""Older name of `MetadataParam`, kept for compatibility."""


CompletionRequestNonStreaming = CompletionCreateParamsNonStreaming
"""Older name of `CompletionCreateParamsNonStreaming`, kept for compatibility."""


CompletionRequestStreaming = CompletionCreateParamsStreaming
"""Older name of `CompletionCreateParamsStreaming`, kept for compatibility."""
