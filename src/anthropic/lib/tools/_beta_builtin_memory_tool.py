"""Base classes for a client-side memory tool (``memory_20250818``).

The API defines the tool and the six commands the model may send (``view``, ``create``,
``str_replace``, ``insert``, ``delete``, ``rename``); where the memory lives is up to you.
Subclass ``BetaAbstractMemoryTool`` (or ``BetaAsyncAbstractMemoryTool`` for the async client),
implement one method per command, and pass an instance in ``tools=`` to the tool runner::

    class DictMemory(BetaAbstractMemoryTool):
        def __init__(self) -> None:
            super().__init__()
            self.files: dict[str, str] = {}

        def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
            return self.files.get(command.path, "")

        def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
            self.files[command.path] = command.file_text
            return "created"

        ...  # str_replace, insert, delete, rename

``call(input)`` turns the model's input into the matching command model and dispatches it.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any, Optional

from ._beta_functions import BetaAsyncBuiltinFunctionTool, BetaBuiltinFunctionTool, BetaFunctionToolResultType

if TYPE_CHECKING:
    from ...types.beta.beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
    from ...types.beta.beta_memory_tool_20250818_command import BetaMemoryTool20250818Command
    from ...types.beta.beta_memory_tool_20250818_create_command import BetaMemoryTool20250818CreateCommand
    from ...types.beta.beta_memory_tool_20250818_delete_command import BetaMemoryTool20250818DeleteCommand
    from ...types.beta.beta_memory_tool_20250818_insert_command import BetaMemoryTool20250818InsertCommand
    from ...types.beta.beta_memory_tool_20250818_param import BetaMemoryTool20250818Param
    from ...types.beta.beta_memory_tool_20250818_rename_command import BetaMemoryTool20250818RenameCommand
    from ...types.beta.beta_memory_tool_20250818_str_replace_command import BetaMemoryTool20250818StrReplaceCommand
    from ...types.beta.beta_memory_tool_20250818_view_command import BetaMemoryTool20250818ViewCommand

__all__ = ["BetaAbstractMemoryTool", "BetaAsyncAbstractMemoryTool"]


def _memory_tool_param(cache_control: Optional[BetaCacheControlEphemeralParam]) -> BetaMemoryTool20250818Param:
    param: BetaMemoryTool20250818Param = {"type": "memory_20250818", "name": "memory"}
    if cache_control is not None:
        param["cache_control"] = cache_control
    return param


def _as_command(input: object) -> BetaMemoryTool20250818Command:
    """The model's input as a command model (built leniently: an unknown command still has ``.command``)."""
    from ..._models import construct_type
    from ...types.beta.beta_memory_tool_20250818_command import BetaMemoryTool20250818Command

    command: Any = construct_type(input, BetaMemoryTool20250818Command)
    return command  # type: ignore[no-any-return]


def _unknown(command: Any) -> NotImplementedError:
    return NotImplementedError(f"Unknown command: {command.command}")


class BetaAbstractMemoryTool(BetaBuiltinFunctionTool):
    """A memory tool backed by storage of your choice; one method per memory command.

    ``to_dict()`` is ``{"type": "memory_20250818", "name": "memory"}`` (plus ``cache_control``
    when given). ``call(input)`` builds the command and passes it to ``execute()``, which
    calls ``view``, ``create``, ``str_replace``, ``insert``, ``delete`` or ``rename``; a
    command it does not know raises ``NotImplementedError``. Each method returns the tool
    result: a string, or a list of content blocks.
    """

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _memory_tool_param(self._cache_control)

    def call(self, input: object) -> BetaFunctionToolResultType:
        return self.execute(_as_command(input))

    def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run one command with the method of its name (rarely worth overriding)."""
        if command.command == "view":
            return self.view(command)
        if command.command == "create":
            return self.create(command)
        if command.command == "str_replace":
            return self.str_replace(command)
        if command.command == "insert":
            return self.insert(command)
        if command.command == "delete":
            return self.delete(command)
        if command.command == "rename":
            return self.rename(command)
        raise _unknown(command)

    @abstractmethod
    def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally only ``view_range`` lines)."""

    @abstractmethod
    def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create (or overwrite) the file ``path`` with ``file_text``."""

    @abstractmethod
    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace ``old_str`` with ``new_str`` in the file ``path``."""

    @abstractmethod
    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert ``insert_text`` at line ``insert_line`` of the file ``path``."""

    @abstractmethod
    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete the file or directory ``path``."""

    @abstractmethod
    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Move the file or directory ``old_path`` to ``new_path``."""

    def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase everything stored; raises ``NotImplementedError`` unless a subclass provides it."""
        raise NotImplementedError("clear_all_memory not implemented")


class BetaAsyncAbstractMemoryTool(BetaAsyncBuiltinFunctionTool):
    """``BetaAbstractMemoryTool`` for the async client: ``call``, ``execute`` and the command
    methods are coroutines."""

    def __init__(self, *, cache_control: Optional[BetaCacheControlEphemeralParam] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> BetaMemoryTool20250818Param:
        return _memory_tool_param(self._cache_control)

    async def call(self, input: object) -> BetaFunctionToolResultType:
        return await self.execute(_as_command(input))

    async def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run one command with the method of its name (rarely worth overriding)."""
        if command.command == "view":
            return await self.view(command)
        if command.command == "create":
            return await self.create(command)
        if command.command == "str_replace":
            return await self.str_replace(command)
        if command.command == "insert":
            return await self.insert(command)
        if command.command == "delete":
            return await self.delete(command)
        if command.command == "rename":
            return await self.rename(command)
        raise _unknown(command)

    @abstractmethod
    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally only ``view_range`` lines)."""

    @abstractmethod
    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> BetaFunctionToolResultType:
        """Create (or overwrite) the file ``path`` with ``file_text``."""

    @abstractmethod
    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> BetaFunctionToolResultType:
        """Replace ``old_str`` with ``new_str`` in the file ``path``."""

    @abstractmethod
    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> BetaFunctionToolResultType:
        """Insert ``insert_text`` at line ``insert_line`` of the file ``path``."""

    @abstractmethod
    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> BetaFunctionToolResultType:
        """Delete the file or directory ``path``."""

    @abstractmethod
    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> BetaFunctionToolResultType:
        """Move the file or directory ``old_path`` to ``new_path``."""

    async def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase everything stored; raises ``NotImplementedError`` unless a subclass provides it."""
        raise NotImplementedError("clear_all_memory not implemented")
