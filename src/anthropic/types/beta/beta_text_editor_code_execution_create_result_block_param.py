from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaTextEditorCodeExecutionCreateResultBlockParam"]


class BetaTextEditorCodeExecutionCreateResultBlockParam(TypedDict, total=False):
    is_file_update: Required[bool]
    type: Required[Literal["text_editor_code_execution_create_result"]]
