"""Split parsed text into chunks sized in the embedder's own tokens, with a llama-index node parser.

Counting with the embedder's tokenizer (not llama-index's default tiktoken) keeps every chunk
under the model's 256-token window, so no chunk is silently truncated at embedding time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from llama_index.core import Document as LlamaDocument
from llama_index.core.node_parser import SentenceSplitter

CHUNKER_NAME = "llama-index/SentenceSplitter"


@dataclass(frozen=True, slots=True)
class Chunk:
    index: int
    text: str
    start: int | None
    end: int | None


def make_splitter(*, chunk_tokens: int, chunk_overlap: int, tokenize: Callable[[str], list[int]]) -> SentenceSplitter:
    return SentenceSplitter(
        chunk_size=chunk_tokens,
        chunk_overlap=chunk_overlap,
        tokenizer=tokenize,
        paragraph_separator="\n\n",
        include_metadata=False,
        include_prev_next_rel=False,
    )


def chunk_text(text: str, splitter: SentenceSplitter) -> list[Chunk]:
    if not text.strip():
        return []
    nodes = splitter.get_nodes_from_documents([LlamaDocument(text=text)])
    chunks: list[Chunk] = []
    for node in nodes:
        body = node.get_content()
        if body.strip():
            chunks.append(Chunk(len(chunks), body, node.start_char_idx, node.end_char_idx))
    return chunks
