"""Static catalog of Python MCP servers (FastMCP, fastmcp 2, the mcp SDK's low-level Server).

Called by scripts/corpus/github.ts: reads a JSON spec on stdin,
    {"root": DIR, "servers": [{"id": ID, "paths": [DIR, ...]}]}
parses every non-test .py file under each server's paths with `ast` (never imports or runs
them) and writes, per server id, the tools, prompts, resources, resource templates and
server instructions the server would announce, as JSON on stdout.

What it reproduces: a tool's name (`name=` or the function's name), its description
(`description=` when it is a static string, else the docstring, inspect.cleandoc'd), its input
schema as pydantic would build it from the signature (Field/Annotated descriptions, defaults,
required, Optional, Literal, list/dict, BaseModel and Enum classes of the server inlined);
`ctx`/Context parameters are dropped as FastMCP drops them. The mcp SDK's FastMCP keeps pydantic
titles (and `<fn>Arguments`), fastmcp 2 prunes them. Where a value is not static (a description
built at run time, an unknown type), it is left out, never guessed.
"""

import ast
import inspect
import json
import os
import sys
import textwrap

TOOL_KINDS = {"tool", "prompt", "resource"}


def is_test(path):
    parts = path.split(os.sep)
    base = parts[-1]
    return any(p in ("tests", "test", "testing", "examples", "samples") for p in parts) or base.startswith("test_") or base == "conftest.py"


class Files:
    """The parsed files of one server, with module constants and classes across them."""

    def __init__(self, files):
        self.trees = []
        self.consts = {}
        self.classes = {}
        self.funcs = {}
        for path in files:
            with open(path, encoding="utf-8") as f:
                source = f.read()
            try:
                tree = ast.parse(source, path)
            except SyntaxError:
                continue
            framework = "fastmcp" if "from fastmcp" in source or "import fastmcp" in source else "mcp"
            self.trees.append((path, tree, framework))
            for node in tree.body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for t in targets:
                        if isinstance(t, ast.Name) and node.value is not None:
                            self.consts.setdefault(t.id, node.value)
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, node)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self.funcs.setdefault(node.name, []).append((path, node, framework))

    def string(self, node, depth=0):
        """The static string value of an expression, or None."""
        if node is None or depth > 20:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            parts = [self.string(v.value if isinstance(v, ast.FormattedValue) else v, depth + 1) for v in node.values]
            return None if any(p is None for p in parts) else "".join(parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self.string(node.left, depth + 1), self.string(node.right, depth + 1)
            return None if a is None or b is None else a + b
        if isinstance(node, ast.Name) and node.id in self.consts:
            return self.string(self.consts[node.id], depth + 1)
        if isinstance(node, ast.Attribute) and node.attr == "value" and isinstance(node.value, ast.Attribute):
            return self.string(node.value, depth + 1)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            value = self.class_attr(node.value.id, node.attr)
            return self.string(value, depth + 1) if value is not None else None
        if isinstance(node, ast.Call):
            fn = node.func
            fname = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
            if fname == "dedent" and node.args:
                s = self.string(node.args[0], depth + 1)
                return None if s is None else textwrap.dedent(s)
            if fname in ("strip", "rstrip", "lstrip") and isinstance(fn, ast.Attribute) and not node.args:
                s = self.string(fn.value, depth + 1)
                return None if s is None else getattr(s, fname)()
            if fname == "cleandoc" and node.args:
                s = self.string(node.args[0], depth + 1)
                return None if s is None else inspect.cleandoc(s)
        return None

    def class_attr(self, cls, attr):
        node = self.classes.get(cls)
        if node is None:
            return None
        for stmt in node.body:
            if isinstance(stmt, ast.Assign):
                for t in stmt.targets:
                    if isinstance(t, ast.Name) and t.id == attr:
                        return stmt.value
        return None

    def literal(self, node, depth=0):
        """(True, the JSON value of a static expression) or (False, None)."""
        s = self.string(node)
        if s is not None:
            return True, s
        if isinstance(node, ast.Name) and node.id in self.consts and depth < 20:
            return self.literal(self.consts[node.id], depth + 1)
        if isinstance(node, ast.Dict):
            out = {}
            for k, v in zip(node.keys, node.values):
                ok_k, key = self.literal(k, depth + 1) if k is not None else (False, None)
                ok_v, val = self.literal(v, depth + 1)
                if not ok_k or not isinstance(key, str) or not ok_v:
                    return False, None
                out[key] = val
            return True, out
        if isinstance(node, (ast.List, ast.Tuple)):
            items = [self.literal(e, depth + 1) for e in node.elts]
            return (True, [v for _, v in items]) if all(ok for ok, _ in items) else (False, None)
        try:
            value = ast.literal_eval(node)
        except Exception:
            return False, None
        if value is None or isinstance(value, (bool, int, float, str)):
            return True, value
        return False, None

    # --- schemas -------------------------------------------------------------------------

    def annotation_schema(self, node, titles, seen=()):
        """The JSON schema pydantic gives an annotation (approximately), and its Field info."""
        if node is None:
            return {}, None
        if isinstance(node, ast.Constant) and node.value is None:
            return {"type": "null"}, None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                return self.annotation_schema(ast.parse(node.value, mode="eval").body, titles, seen)
            except SyntaxError:
                return {}, None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            members = self.union_members(node)
            return self.union([self.annotation_schema(m, titles, seen)[0] for m in members]), None
        name = self.type_name(node.value if isinstance(node, ast.Subscript) else node)
        if isinstance(node, ast.Subscript):
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if name == "Annotated":
                schema, _ = self.annotation_schema(args[0], titles, seen)
                field = next((a for a in args[1:] if self.is_field(a)), None)
                return schema, field
            if name == "Optional":
                return self.union([self.annotation_schema(args[0], titles, seen)[0], {"type": "null"}]), None
            if name == "Union":
                return self.union([self.annotation_schema(a, titles, seen)[0] for a in args]), None
            if name in ("list", "List", "Sequence", "set", "Set", "tuple", "Tuple", "Iterable"):
                items = self.annotation_schema(args[0], titles, seen)[0] if args and not (isinstance(args[-1], ast.Constant) and args[-1].value is Ellipsis and len(args) == 2 and False) else {}
                out = {"type": "array", "items": items}
                if name in ("set", "Set"):
                    out["uniqueItems"] = True
                return out, None
            if name in ("dict", "Dict", "Mapping"):
                out = {"type": "object"}
                if len(args) == 2:
                    out["additionalProperties"] = self.annotation_schema(args[1], titles, seen)[0]
                return out, None
            if name == "Literal":
                values = [self.literal(a)[1] for a in args]
                out = {"enum": values}
                kinds = {type(v) for v in values}
                if kinds == {str}:
                    out["type"] = "string"
                elif kinds == {int}:
                    out["type"] = "integer"
                return out, None
            return {}, None
        simple = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "dict": "object", "list": "array", "bytes": "string"}
        if name in simple:
            out = {"type": simple[name]}
            if name == "list":
                out["items"] = {}
            if name == "bytes":
                out["format"] = "binary"
            return out, None
        if name in ("datetime",):
            return {"type": "string", "format": "date-time"}, None
        if name in ("date",):
            return {"type": "string", "format": "date"}, None
        if name in self.classes and name not in seen:
            return self.class_schema(self.classes[name], titles, seen + (name,)), None
        return {}, None

    def union_members(self, node):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self.union_members(node.left) + self.union_members(node.right)
        return [node]

    @staticmethod
    def union(schemas):
        return {"anyOf": schemas}

    @staticmethod
    def type_name(node):
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        return None

    def is_field(self, node):
        return isinstance(node, ast.Call) and self.type_name(node.func) == "Field"

    def class_schema(self, cls, titles, seen):
        bases = {self.type_name(b) for b in cls.bases}
        if bases & {"Enum", "StrEnum", "IntEnum"} or any(b in self.classes and self.is_enum(self.classes[b]) for b in bases):
            values = []
            for stmt in cls.body:
                if isinstance(stmt, ast.Assign):
                    ok, v = self.literal(stmt.value)
                    if ok:
                        values.append(v)
            out = {"enum": values}
            if values and all(isinstance(v, str) for v in values):
                out["type"] = "string"
            if titles:
                out["title"] = cls.name
            return out
        out = {"type": "object", "properties": {}}
        if titles:
            out["title"] = cls.name
        doc = ast.get_docstring(cls)
        if doc:
            out["description"] = doc
        required = []
        for stmt in cls.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if stmt.target.id.startswith("_") or self.type_name(stmt.annotation) == "ClassVar":
                    continue
                prop, is_required = self.parameter(stmt.target.id, stmt.annotation, stmt.value, titles, seen)
                out["properties"][stmt.target.id] = prop
                if is_required:
                    required.append(stmt.target.id)
        if required:
            out["required"] = required
        return out

    def is_enum(self, cls):
        return bool({self.type_name(b) for b in cls.bases} & {"Enum", "StrEnum", "IntEnum"})

    def parameter(self, name, annotation, default, titles, seen=()):
        """A property schema and whether it is required, from an annotation and a default."""
        schema, field = self.annotation_schema(annotation, titles, seen)
        schema = dict(schema)
        has_default = default is not None
        default_value = default
        if default is not None and self.is_field(default):
            field = default
            has_default = False
            default_value = None
            if default.args and not (isinstance(default.args[0], ast.Constant) and default.args[0].value is Ellipsis):
                has_default, default_value = True, default.args[0]
        if field is not None:
            for kw in field.keywords:
                if kw.arg == "default":
                    has_default, default_value = True, kw.value
                elif kw.arg == "default_factory":
                    has_default, default_value = True, None
                elif kw.arg in ("description", "title"):
                    s = self.string(kw.value)
                    if s is not None:
                        schema[kw.arg] = s
                elif kw.arg in ("ge", "le", "gt", "lt", "min_length", "max_length", "pattern", "examples"):
                    ok, v = self.literal(kw.value)
                    if ok:
                        key = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum", "min_length": "minLength", "max_length": "maxLength"}.get(kw.arg, kw.arg)
                        schema[key] = v
        if has_default and default_value is not None:
            if isinstance(default_value, ast.Constant) and default_value.value is Ellipsis:
                has_default = False
            else:
                ok, v = self.literal(default_value)
                if ok:
                    schema["default"] = v
        if titles and "title" not in schema:
            schema["title"] = name.replace("_", " ").title()
        return schema, not has_default

    def input_schema(self, fn, titles):
        args = fn.args
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
        out = {"type": "object", "properties": {}}
        required = []
        for arg, default in pairs:
            ann = arg.annotation
            ann_text = ast.unparse(ann) if ann is not None else ""
            if arg.arg in ("self", "cls") or "Context" in ann_text or (arg.arg == "ctx" and ann is None):
                continue
            prop, is_required = self.parameter(arg.arg, ann, default, titles)
            out["properties"][arg.arg] = prop
            if is_required:
                required.append(arg.arg)
        if required:
            out["required"] = required
        if titles:
            out["title"] = f"{fn.name}Arguments"
        return out


def kwarg(call, name):
    if isinstance(call, ast.Call):
        for kw in call.keywords:
            if kw.arg == name:
                return kw.value
    return None


def registrations(files):
    """(kind, call-or-None, function node, framework) for every tool/prompt/resource registration."""
    found = []

    def lookup(node, path):
        name = Files.type_name(node)
        candidates = files.funcs.get(name, [])
        same = [c for c in candidates if c[0] == path]
        return (same or candidates or [None])[0]

    def registrar(node):
        """`x.tool` / `x.tool(...)`: the kind and the call holding its arguments."""
        call = node if isinstance(node, ast.Call) else None
        target = node.func if call is not None else node
        if isinstance(target, ast.Attribute) and target.attr in TOOL_KINDS and "mock" not in ast.unparse(target.value).lower():
            return target.attr, call
        return None

    for path, tree, framework in files.trees:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for dec in node.decorator_list:
                    reg = registrar(dec)
                    if reg:
                        found.append((reg[0], reg[1], node, framework, path))
            elif isinstance(node, ast.Call):
                inner = registrar(node.func) if isinstance(node.func, ast.Call) else None
                if inner and node.args:
                    hit = lookup(node.args[0], path)
                    if hit:
                        found.append((inner[0], inner[1], hit[1], hit[2], path))
                    continue
                fname = Files.type_name(node.func)
                if fname in ("add_tool", "add_prompt") and node.args:
                    hit = lookup(node.args[0], path)
                    if hit:
                        found.append(("tool" if fname == "add_tool" else "prompt", node, hit[1], hit[2], path))
                elif fname == "from_function" and isinstance(node.func, ast.Attribute) and node.args:
                    owner = Files.type_name(node.func.value)
                    if owner in ("Tool", "Prompt", "FunctionTool", "FunctionPrompt"):
                        hit = lookup(node.args[0], path)
                        if hit:
                            found.append(("tool" if "Tool" in owner else "prompt", node, hit[1], hit[2], path))
    return found


def lowlevel_tools(files):
    """`Tool(name=..., description=..., inputSchema=...)` of the mcp SDK's low-level Server."""
    tools = []
    for path, tree, framework in files.trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and Files.type_name(node.func) == "Tool" and kwarg(node, "name") is not None:
                name = files.string(kwarg(node, "name"))
                description = files.string(kwarg(node, "description"))
                schema_node = kwarg(node, "inputSchema")
                schema = None
                if isinstance(schema_node, ast.Dict):
                    ok, schema = files.literal(schema_node)
                    schema = schema if ok else None
                elif isinstance(schema_node, ast.Call) and Files.type_name(schema_node.func) == "model_json_schema":
                    cls = files.classes.get(Files.type_name(schema_node.func.value))
                    schema = files.class_schema(cls, True, ()) if cls is not None else None
                if name is None or schema is None:
                    continue
                tool = {"name": name}
                if description is not None:
                    tool["description"] = description
                tool["inputSchema"] = schema
                tools.append(tool)
    return tools


def instructions_of(files):
    for _, tree, _ in files.trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and Files.type_name(node.func) in ("FastMCP", "Server"):
                text = files.string(kwarg(node, "instructions"))
                if text:
                    return text
    return None


def catalog(files):
    out = {"tools": [], "prompts": [], "resources": [], "resourceTemplates": [], "unresolved": []}
    seen = set()
    # fastmcp 2 prunes pydantic's titles, the mcp SDK's FastMCP keeps them: a server is fastmcp's
    # when any of its files imports fastmcp (its tools may live in files that import neither).
    server_framework = "fastmcp" if any(framework == "fastmcp" for _, _, framework in files.trees) else "mcp"
    for kind, call, fn, _framework, path in registrations(files):
        titles = server_framework == "mcp"
        doc = ast.get_docstring(fn, clean=True)
        if kind == "resource":
            uri_node = call.args[0] if call is not None and call.args else kwarg(call, "uri")
            uri = files.string(uri_node)
            if uri is None:
                out["unresolved"].append(f"{path}: resource {fn.name}: uri not static")
                continue
            name = files.string(kwarg(call, "name")) or fn.name
            described = kwarg(call, "description")
            description = files.string(described) if described is not None else doc
            item = {("uriTemplate" if "{" in uri else "uri"): uri, "name": name}
            if description:
                item["description"] = description
            item["mimeType"] = files.string(kwarg(call, "mime_type")) or "text/plain"
            key = ("resourceTemplates" if "{" in uri else "resources", uri)
            if key not in seen:
                seen.add(key)
                out[key[0]].append(item)
            continue
        name_node = kwarg(call, "name") or (call.args[0] if kind != "tool" and call is not None and call.args and Files.type_name(call.func) not in ("from_function", "add_tool", "add_prompt") else None)
        name = files.string(name_node) if name_node is not None else fn.name
        if name is None:
            out["unresolved"].append(f"{path}: {kind} {fn.name}: name not static")
            continue
        described = kwarg(call, "description")
        description = files.string(described) if described is not None else doc
        if described is not None and description is None:
            out["unresolved"].append(f"{path}: {kind} {name}: description not static")
            continue
        key = (kind, name)
        if key in seen:
            continue
        seen.add(key)
        if kind == "tool":
            item = {"name": name}
            if description:
                item["description"] = description
            item["inputSchema"] = files.input_schema(fn, titles)
            out["tools"].append(item)
        else:
            schema = files.input_schema(fn, False)
            arguments = []
            for arg, prop in schema["properties"].items():
                a = {"name": arg}
                if "description" in prop:
                    a["description"] = prop["description"]
                a["required"] = arg in schema.get("required", [])
                arguments.append(a)
            item = {"name": name}
            if description:
                item["description"] = description
            item["arguments"] = arguments
            out["prompts"].append(item)
    for tool in lowlevel_tools(files):
        if ("tool", tool["name"]) not in seen:
            seen.add(("tool", tool["name"]))
            out["tools"].append(tool)
    instructions = instructions_of(files)
    if instructions:
        out["instructions"] = instructions
    return out


def main():
    spec = json.load(sys.stdin)
    result = {}
    for server in spec["servers"]:
        paths = []
        for base in server["paths"]:
            top = os.path.join(spec["root"], base)
            if os.path.isfile(top):
                paths.append(top)
                continue
            for dirpath, dirnames, filenames in os.walk(top):
                dirnames.sort()
                for f in sorted(filenames):
                    full = os.path.join(dirpath, f)
                    if f.endswith(".py") and not is_test(os.path.relpath(full, top)):
                        paths.append(full)
        result[server["id"]] = catalog(Files(paths))
    json.dump(result, sys.stdout, indent=None, sort_keys=False)


main()
