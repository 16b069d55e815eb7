"""Request and response shapes. Read models never carry key hashes or raw findings text."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Classification = Literal["public", "internal", "confidential", "restricted"]
TrustTier = Literal["verified", "internal", "partner", "external", "untrusted"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _clean_name(v: str) -> str:
    v = v.strip()
    if not v or any(ord(c) < 32 or ord(c) == 127 for c in v):
        raise ValueError("must be non-empty printable text")
    return v


class SourceCreate(_Strict):
    name: str = Field(min_length=1, max_length=200)
    classification: Classification
    trust_tier: TrustTier
    tags: list[str] = Field(default_factory=list, max_length=50)
    description: str | None = Field(None, max_length=4000)

    _name = field_validator("name")(_clean_name)


class SourceUpdate(_Strict):
    name: str | None = Field(None, min_length=1, max_length=200)
    classification: Classification | None = None
    trust_tier: TrustTier | None = None
    tags: list[str] | None = Field(None, max_length=50)
    description: str | None = Field(None, max_length=4000)
    quarantined: bool | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        return None if v is None else _clean_name(v)


class SourceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    classification: str
    trust_tier: str
    tags: list[str]
    description: str | None
    quarantined: bool
    created_at: datetime
    updated_at: datetime


class JobError(BaseModel):
    code: str
    message: str


class JobRead(BaseModel):
    id: str
    document_id: str
    status: str
    stage: str
    error: JobError | None
    counts: dict[str, Any]
    attempts: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class UploadAccepted(BaseModel):
    document_id: str
    job_id: str
    status: str
    duplicate: bool
    sha256: str
    media_type: str


class DocumentRead(BaseModel):
    id: str
    source_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    chunk_count: int
    uploaded_by: str | None
    created_at: datetime
    status: str | None
    job_id: str | None


class RetrieveRequest(_Strict):
    query: str = Field(min_length=1, max_length=8000)
    top_k: int = Field(5, ge=1, le=50)
    source_ids: list[str] | None = Field(None, max_length=1000)
    min_trust: float | None = Field(None, ge=0.0, le=1.0)


class RetrieveResult(BaseModel):
    citation_id: str
    chunk_id: str
    document_id: str
    source_id: str
    source_name: str
    classification: str
    trust: float
    score: float
    text: str
    provenance_id: str | None = None  # GET /v1/provenance/events/{id} (auditor) shows how it was made


class RetrieveResponse(BaseModel):
    results: list[RetrieveResult]
    context: str
