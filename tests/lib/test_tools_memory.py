"""``BetaAbstractMemoryTool`` / ``BetaAsyncAbstractMemoryTool``: definition, dispatch of the six commands."""

from __future__ import annotations

import inspect
from typing import Any, Dict, List, Tuple

import pytest

from anthropic.lib.tools import (
    BetaAbstractMemoryTool,
    BetaAsyncAbstractMemoryTool,
    BetaAsyncBuiltinFunctionTool,
    BetaBuiltinFunctionTool,
)
from anthropic.types.beta import (
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818DeleteCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818ViewCommand,
)

COMMANDS = ["view", "create", "str_replace", "insert", "delete", "rename"]


class RecordingMemory(BetaAbstractMemoryTool):
    """Records every command it receives."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.calls: List[Tuple[str, Any]] = []

    def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        self.calls.append(("view", command))
        return f"viewed {command.path} {command.view_range}"

    def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        self.calls.append(("create", command))
        return f"created {command.path}: {command.file_text}"

    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        self.calls.append(("str_replace", command))
        return f"replaced {command.old_str} -> {command.new_str} in {command.path}"

    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        self.calls.append(("insert", command))
        return f"inserted at {command.insert_line!r} in {command.path}: {command.insert_text}"

    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        self.calls.append(("delete", command))
        return f"deleted {command.path}"

    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        self.calls.append(("rename", command))
        return f"renamed {command.old_path} -> {command.new_path}"


class AsyncRecordingMemory(BetaAsyncAbstractMemoryTool):
    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Tuple[str, Any]] = []

    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        self.calls.append(("view", command))
        return f"viewed {command.path}"

    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        self.calls.append(("create", command))
        return f"created {command.path}"

    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        self.calls.append(("str_replace", command))
        return f"replaced in {command.path}"

    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        self.calls.append(("insert", command))
        return f"inserted in {command.path}"

    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        self.calls.append(("delete", command))
        return f"deleted {command.path}"

    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        self.calls.append(("rename", command))
        return f"renamed {command.old_path}"

    async def clear_all_memory(self) -> str:
        return "cleared"


INPUTS: List[Tuple[Dict[str, Any], type, str]] = [
    ({"command": "view", "path": "/memories"}, BetaMemoryTool20250818ViewCommand, "viewed /memories None"),
    (
        {"command": "view", "path": "/memories/a.md", "view_range": [1, 5]},
        BetaMemoryTool20250818ViewCommand,
        "viewed /memories/a.md [1, 5]",
    ),
    (
        {"command": "create", "path": "/memories/a.md", "file_text": "hello"},
        BetaMemoryTool20250818CreateCommand,
        "created /memories/a.md: hello",
    ),
    (
        {"command": "str_replace", "path": "/memories/a.md", "old_str": "hello", "new_str": "bye"},
        BetaMemoryTool20250818StrReplaceCommand,
        "replaced hello -> bye in /memories/a.md",
    ),
    (
        {"command": "insert", "path": "/memories/a.md", "insert_line": 2, "insert_text": "x"},
        BetaMemoryTool20250818InsertCommand,
        "inserted at 2 in /memories/a.md: x",
    ),
    ({"command": "delete", "path": "/memories/a.md"}, BetaMemoryTool20250818DeleteCommand, "deleted /memories/a.md"),
    (
        {"command": "rename", "old_path": "/memories/a.md", "new_path": "/memories/b.md"},
        BetaMemoryTool20250818RenameCommand,
        "renamed /memories/a.md -> /memories/b.md",
    ),
]


def test_definition() -> None:
    memory = RecordingMemory()
    assert memory.to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert list(memory.to_dict()) == ["type", "name"]
    assert memory.name == "memory"
    cached = RecordingMemory(cache_control={"type": "ephemeral", "ttl": "5m"})
    assert cached.to_dict() == {
        "type": "memory_20250818",
        "name": "memory",
        "cache_control": {"type": "ephemeral", "ttl": "5m"},
    }
    assert isinstance(memory, BetaBuiltinFunctionTool)
    assert AsyncRecordingMemory().to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert isinstance(AsyncRecordingMemory(), BetaAsyncBuiltinFunctionTool)


def test_constructor_takes_only_keyword_cache_control() -> None:
    assert list(inspect.signature(BetaAbstractMemoryTool.__init__).parameters) == ["self", "cache_control"]
    assert inspect.signature(BetaAbstractMemoryTool.__init__).parameters["cache_control"].kind is (
        inspect.Parameter.KEYWORD_ONLY
    )
    with pytest.raises(TypeError):
        RecordingMemory(None)  # type: ignore[misc]


def test_abstract_methods() -> None:
    assert BetaAbstractMemoryTool.__abstractmethods__ == frozenset(COMMANDS)
    assert BetaAsyncAbstractMemoryTool.__abstractmethods__ == frozenset(COMMANDS)
    with pytest.raises(TypeError):
        BetaAbstractMemoryTool()  # type: ignore[abstract]
    for name in [*COMMANDS, "call", "execute", "clear_all_memory"]:
        assert list(inspect.signature(getattr(BetaAbstractMemoryTool, name)).parameters)[0] == "self"
        assert inspect.iscoroutinefunction(getattr(BetaAsyncAbstractMemoryTool, name)), name
        assert not inspect.iscoroutinefunction(getattr(BetaAbstractMemoryTool, name)), name
    for name in [*COMMANDS, "execute"]:
        assert list(inspect.signature(getattr(BetaAbstractMemoryTool, name)).parameters) == ["self", "command"]


@pytest.mark.parametrize(
    "input, command_type, result", INPUTS, ids=lambda v: v["command"] if isinstance(v, dict) else ""
)
def test_call_dispatches_each_command(input: Dict[str, Any], command_type: type, result: str) -> None:
    memory = RecordingMemory()
    assert memory.call(input) == result
    [(method, command)] = memory.calls
    assert method == input["command"]
    assert type(command) is command_type
    assert command.model_dump(exclude_unset=True) == input


def test_call_coerces_like_a_response() -> None:
    memory = RecordingMemory()
    result = memory.call({"command": "insert", "path": "/a", "insert_line": "3", "insert_text": "x"})
    assert result == "inserted at 3 in /a: x"


def test_unknown_fields_are_kept() -> None:
    memory = RecordingMemory()
    memory.call({"command": "view", "path": "/m", "extra": 1})
    command = memory.calls[0][1]
    assert command.extra == 1 and command.model_fields_set == {"command", "path", "extra"}


def test_execute_takes_a_command_model() -> None:
    memory = RecordingMemory()
    assert memory.execute(BetaMemoryTool20250818DeleteCommand(command="delete", path="/x")) == "deleted /x"


@pytest.mark.parametrize(
    "input, message",
    [({"command": "bogus", "path": "/x"}, "Unknown command: bogus"), ({"path": "/x"}, "Unknown command: None")],
)
def test_unknown_command(input: Dict[str, Any], message: str) -> None:
    memory = RecordingMemory()
    with pytest.raises(NotImplementedError) as info:
        memory.call(input)
    assert str(info.value) == message
    assert memory.calls == []


def test_clear_all_memory_is_not_implemented_by_default() -> None:
    with pytest.raises(NotImplementedError) as info:
        RecordingMemory().clear_all_memory()
    assert str(info.value) == "clear_all_memory not implemented"


@pytest.mark.anyio
async def test_async_call_dispatches_each_command() -> None:
    memory = AsyncRecordingMemory()
    for input, command_type, _ in INPUTS:
        await memory.call(input)
        method, command = memory.calls[-1]
        assert method == input["command"] and type(command) is command_type
    assert [name for name, _ in memory.calls] == [i[0]["command"] for i in INPUTS]
    assert await memory.call({"command": "rename", "old_path": "a", "new_path": "b"}) == "renamed a"
    with pytest.raises(NotImplementedError, match="^Unknown command: zzz$"):
        await memory.call({"command": "zzz"})
    assert await memory.clear_all_memory() == "cleared"


@pytest.mark.anyio
async def test_async_clear_all_memory_is_not_implemented_by_default() -> None:
    class Minimal(BetaAsyncAbstractMemoryTool):
        async def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
            return ""

        async def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
            return ""

        async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
            return ""

        async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
            return ""

        async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
            return ""

        async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
            return ""

    with pytest.raises(NotImplementedError, match="^clear_all_memory not implemented$"):
        await Minimal().clear_all_memory()


def test_a_subclass_written_like_pydantic_ai_docs() -> None:
    # pydantic-ai documents this use: a subclass without __init__, and a plain function
    # forwarding the model's keyword arguments to ``call``.
    class FakeMemoryTool(BetaAbstractMemoryTool):
        def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
            return "The user lives in Mexico City."

        def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
            return f"File created successfully at {command.path}"

        def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
            return f"File {command.path} has been edited"

        def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
            return f"Text inserted at line {command.insert_line} in {command.path}"

        def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
            return f"File deleted: {command.path}"

        def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
            return f"Renamed {command.old_path} to {command.new_path}"

        def clear_all_memory(self) -> str:
            return "All memory cleared"

    fake_memory = FakeMemoryTool()

    def memory(**command: Any) -> Any:
        return fake_memory.call(command)

    assert memory(command="view", path="/memories") == "The user lives in Mexico City."
    assert memory(command="create", path="/memories/x", file_text="t") == "File created successfully at /memories/x"
    assert memory(command="insert", path="/m", insert_line=4, insert_text="t") == "Text inserted at line 4 in /m"
    assert memory(command="rename", old_path="/a", new_path="/b") == "Renamed /a to /b"
    assert fake_memory.clear_all_memory() == "All memory cleared"
