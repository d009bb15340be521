#!/usr/bin/env python3
"""Write data/landscape.json, the app's view of the whole CNCF Cloud Native Landscape.

Input: a flattened copy of cncf/landscape `landscape.yml` (`{"source": ..., "items": [...]}`,
default ../shared/landscape/items.json, or the path given) and the curated data/trailmap.json.

    python3 scripts/gen_landscape.py [ITEMS_JSON] [--out data/landscape.json] [--check]

It also writes data/landscape-summary.json (beside --out): the per-stage counts the trail shows
without fetching the landscape.

`--check` writes nothing and exits 1 when the file on disk differs from what would be written.
The output depends only on the two inputs: running it twice gives the same bytes.

What it does, in order (every rule is documented in data/README.md, "The landscape"):
1. ids: an item that is a curated project gets the curated id (matched by the override table,
   then the repository URL, then the name, then the homepage; members' company entries never
   match); every other item gets a slug of its name, unique across both sets (curated ids and
   aliases are reserved first; a clash adds the subcategory's slug, then -2, -3 ...; items are
   processed in a fixed order, so the same input always gives the same ids);
2. maturity: an item in PART_OF_ITEM without a maturity of its own takes its parent entry's
   maturity and dates;
3. stage: curated projects keep their curated stage; ITEM_STAGE overrides a few items by name;
   otherwise the subcategory's stage from STAGE_MAP ("elsewhere" when none fits);
4. Korean and English names of every category and subcategory (KO_NAMES, ours);
5. http URLs are upgraded to https (the app links https only); other URLs are dropped.
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ITEMS = ROOT.parent / "shared" / "landscape" / "items.json"
SCHEMA_VERSION = 1
ELSEWHERE = "elsewhere"
STAGES = ["containerization", "ci-cd", "orchestration", "observability", "service-mesh",
          "networking-security", "database-storage", "streaming-messaging", "registry-runtime",
          "software-distribution"]

# Landscape (category, subcategory) -> trail stage id, or ELSEWHERE. Every subcategory of the
# input must be listed here: an unknown one stops the script, so a newer landscape with a new
# subcategory needs a decision here (and a Korean name below) before it can be used.
STAGE_MAP = {
    ("AI Agent", "Agent Framework"): ELSEWHERE,
    ("AI Agent", "Agent Tool"): ELSEWHERE,
    ("AI Agent", "Evaluation"): ELSEWHERE,
    ("AI Agent", "Guardrail"): ELSEWHERE,
    ("AI Agent", "Knowledge Graph"): ELSEWHERE,
    ("AI Agent", "Protocol"): ELSEWHERE,
    ("AI Agent", "RAG"): ELSEWHERE,
    ("AI Agent", "State and Memory"): ELSEWHERE,
    ("AI Agent", "Structured Output"): ELSEWHERE,
    ("AI Agent", "Vector Database"): "database-storage",
    ("AI Agent", "Workflow Orchestration"): ELSEWHERE,
    ("AI Native Infra", "Accelerator and SuperPod"): ELSEWHERE,
    ("AI Native Infra", "Continuous Integration and Delivery"): "ci-cd",
    ("AI Native Infra", "Gateway"): "service-mesh",
    ("AI Native Infra", "Governance, Policy and Security"): "networking-security",
    ("AI Native Infra", "Model Asset and Registry"): "registry-runtime",
    ("AI Native Infra", "Observability"): "observability",
    ("AI Native Infra", "Orchestration and Scheduling"): "orchestration",
    ("AI Native Infra", "Workload Runtime"): "registry-runtime",
    ("App Definition and Development", "Application Definition & Image Build"): "containerization",
    ("App Definition and Development", "Continuous Integration & Delivery"): "ci-cd",
    ("App Definition and Development", "Database"): "database-storage",
    ("App Definition and Development", "Streaming & Messaging"): "streaming-messaging",
    ("CNCF Members", "Academic"): ELSEWHERE,
    ("CNCF Members", "End User Supporter and Contributor"): ELSEWHERE,
    ("CNCF Members", "Gold"): ELSEWHERE,
    ("CNCF Members", "Nonprofit"): ELSEWHERE,
    ("CNCF Members", "Platinum"): ELSEWHERE,
    ("CNCF Members", "Silver"): ELSEWHERE,
    ("Data", "Data Architecture"): ELSEWHERE,
    ("Data", "Data Science"): ELSEWHERE,
    ("Inference", "Framework"): ELSEWHERE,
    ("Inference", "Runtime"): ELSEWHERE,
    ("Observability and Analysis", "Chaos Engineering"): "observability",
    ("Observability and Analysis", "Continuous Optimization"): "observability",
    ("Observability and Analysis", "Feature Flagging"): ELSEWHERE,
    ("Observability and Analysis", "Observability"): "observability",
    ("Orchestration & Management", "API Gateway"): "service-mesh",
    ("Orchestration & Management", "Coordination & Service Discovery"): "service-mesh",
    ("Orchestration & Management", "Remote Procedure Call"): "streaming-messaging",
    ("Orchestration & Management", "Scheduling & Orchestration"): "orchestration",
    ("Orchestration & Management", "Service Mesh"): "service-mesh",
    ("Orchestration & Management", "Service Proxy"): "service-mesh",
    ("Platform", "Certified Kubernetes - Distribution"): "orchestration",
    ("Platform", "Certified Kubernetes - Hosted"): "orchestration",
    ("Platform", "Certified Kubernetes - Installer"): "orchestration",
    ("Platform", "PaaS/Container Service"): ELSEWHERE,
    ("Provisioning", "Automation & Configuration"): ELSEWHERE,
    ("Provisioning", "Container Registry"): "registry-runtime",
    ("Provisioning", "Key Management"): "networking-security",
    ("Provisioning", "Security & Compliance"): "networking-security",
    ("Runtime", "Cloud Native Network"): "networking-security",
    ("Runtime", "Cloud Native Storage"): "database-storage",
    ("Runtime", "Container Runtime"): "registry-runtime",
    ("Serverless", "Framework"): ELSEWHERE,
    ("Serverless", "Hosted Platform"): ELSEWHERE,
    ("Serverless", "Installable Platform"): ELSEWHERE,
    ("Serverless", "Security"): ELSEWHERE,
    ("Serverless", "Tools"): ELSEWHERE,
    ("Special", "Certified CNFs"): ELSEWHERE,
    ("Special", "Kubernetes Certified Service Provider"): ELSEWHERE,
    ("Special", "Kubernetes and Cloud Native Training Partner"): ELSEWHERE,
    ("Training", "Distributed Training"): ELSEWHERE,
    ("Training", "Evaluation"): ELSEWHERE,
    ("Training", "Post Training"): ELSEWHERE,
    ("Wasm", "AI/Machine Learning"): ELSEWHERE,
    ("Wasm", "Application Frameworks"): ELSEWHERE,
    ("Wasm", "Debugging & Observability"): "observability",
    ("Wasm", "Decentralized Platforms"): ELSEWHERE,
    ("Wasm", "Edge/Bare metal"): ELSEWHERE,
    ("Wasm", "Embedded Functions"): ELSEWHERE,
    ("Wasm", "Hosted Platforms"): ELSEWHERE,
    ("Wasm", "Languages"): ELSEWHERE,
    ("Wasm", "Orchestration & Management"): "orchestration",
    ("Wasm", "Packaging, Registries & Application Delivery"): "software-distribution",
    ("Wasm", "Runtimes"): "registry-runtime",
    ("Wasm", "Tooling"): ELSEWHERE,
}

# Items whose subcategory is broader than what they do: software supply-chain tools listed under
# "Security & Compliance" belong to step 10 (signing, provenance and bills of materials).
ITEM_STAGE = {
    "sigstore": "software-distribution",
    "Syft": "software-distribution",
}

# Items that are part of another landscape entry which carries the CNCF maturity for both: the
# landscape lists them without a maturity, and they take the parent entry's maturity and dates
# (Envoy Gateway is a sub-project of Envoy, graduated with it).
PART_OF_ITEM = {
    "Envoy Gateway": "Envoy",
}

# Korean names of categories and subcategories, written for this project. Keys are the
# landscape's English names; a category and a subcategory with the same English name share one.
KO_NAMES = {
    # categories
    "AI Agent": "AI 에이전트",
    "AI Native Infra": "AI 네이티브 인프라",
    "App Definition and Development": "앱 정의와 개발",
    "CNCF Members": "CNCF 회원사",
    "Data": "데이터",
    "Inference": "추론",
    "Observability and Analysis": "관측 가능성과 분석",
    "Orchestration & Management": "오케스트레이션과 관리",
    "Platform": "플랫폼",
    "Provisioning": "프로비저닝",
    "Runtime": "런타임",
    "Serverless": "서버리스",
    "Special": "특별 프로그램",
    "Training": "학습",
    "Wasm": "Wasm(웹어셈블리)",
    # subcategories
    "Agent Framework": "에이전트 프레임워크",
    "Agent Tool": "에이전트 도구",
    "Evaluation": "평가",
    "Guardrail": "가드레일",
    "Knowledge Graph": "지식 그래프",
    "Protocol": "프로토콜",
    "RAG": "RAG(검색 증강 생성)",
    "State and Memory": "상태와 메모리",
    "Structured Output": "구조화된 출력",
    "Vector Database": "벡터 데이터베이스",
    "Workflow Orchestration": "워크플로 오케스트레이션",
    "Accelerator and SuperPod": "가속기와 슈퍼팟",
    "Continuous Integration and Delivery": "지속적 통합과 배포",
    "Gateway": "게이트웨이",
    "Governance, Policy and Security": "거버넌스, 정책과 보안",
    "Model Asset and Registry": "모델 자산과 레지스트리",
    "Observability": "관측 가능성",
    "Orchestration and Scheduling": "오케스트레이션과 스케줄링",
    "Workload Runtime": "워크로드 런타임",
    "Application Definition & Image Build": "애플리케이션 정의와 이미지 빌드",
    "Continuous Integration & Delivery": "지속적 통합과 배포(CI/CD)",
    "Database": "데이터베이스",
    "Streaming & Messaging": "스트리밍과 메시징",
    "Academic": "학술 기관",
    "End User Supporter and Contributor": "최종 사용자 후원·기여 기업",
    "Gold": "골드 회원",
    "Nonprofit": "비영리 단체",
    "Platinum": "플래티넘 회원",
    "Silver": "실버 회원",
    "Data Architecture": "데이터 아키텍처",
    "Data Science": "데이터 과학",
    "Framework": "프레임워크",
    "Chaos Engineering": "카오스 엔지니어링",
    "Continuous Optimization": "지속적 최적화",
    "Feature Flagging": "기능 플래그",
    "API Gateway": "API 게이트웨이",
    "Coordination & Service Discovery": "조정과 서비스 디스커버리",
    "Remote Procedure Call": "원격 프로시저 호출(RPC)",
    "Scheduling & Orchestration": "스케줄링과 오케스트레이션",
    "Service Mesh": "서비스 메시",
    "Service Proxy": "서비스 프록시",
    "Certified Kubernetes - Distribution": "공인 쿠버네티스 - 배포판",
    "Certified Kubernetes - Hosted": "공인 쿠버네티스 - 호스팅",
    "Certified Kubernetes - Installer": "공인 쿠버네티스 - 설치 도구",
    "PaaS/Container Service": "PaaS·컨테이너 서비스",
    "Automation & Configuration": "자동화와 구성 관리",
    "Container Registry": "컨테이너 레지스트리",
    "Key Management": "키 관리",
    "Security & Compliance": "보안과 규정 준수",
    "Cloud Native Network": "클라우드 네이티브 네트워크",
    "Cloud Native Storage": "클라우드 네이티브 스토리지",
    "Container Runtime": "컨테이너 런타임",
    "Hosted Platform": "호스팅 플랫폼",
    "Installable Platform": "설치형 플랫폼",
    "Security": "보안",
    "Tools": "도구",
    "Certified CNFs": "인증받은 CNF(클라우드 네이티브 네트워크 기능)",
    "Kubernetes Certified Service Provider": "쿠버네티스 공인 서비스 제공업체(KCSP)",
    "Kubernetes and Cloud Native Training Partner": "쿠버네티스·클라우드 네이티브 교육 파트너",
    "Distributed Training": "분산 학습",
    "Post Training": "사후 학습",
    "AI/Machine Learning": "AI·머신러닝",
    "Application Frameworks": "애플리케이션 프레임워크",
    "Debugging & Observability": "디버깅과 관측 가능성",
    "Decentralized Platforms": "탈중앙화 플랫폼",
    "Edge/Bare metal": "엣지·베어메탈",
    "Embedded Functions": "임베디드 함수",
    "Hosted Platforms": "호스팅 플랫폼",
    "Languages": "언어",
    "Packaging, Registries & Application Delivery": "패키징, 레지스트리와 애플리케이션 전달",
    "Runtimes": "런타임",
    "Tooling": "도구 모음",
}

# Curated projects and the landscape item each one is, where matching by URL or name would go
# wrong. A value of None means the landscape has no entry of its own for the project; the
# reason is written into the output (and shown by `cargo test` if the project turns up later).
CURATED_MATCH = {
    "cni": "Container Network Interface (CNI)",
    "opa": "Open Policy Agent (OPA)",
    "calico": "Project Calico",
    "notary": "Notary Project",
    "tuf": "The Update Framework (TUF)",
    # The CNCF sandbox project, not the older "Podman" entry for containers/podman.
    "podman": "Podman Container Tools",
    "envoy-gateway": "Envoy Gateway",
    "docker": None,
    "signoz": None,
    "kustomize": None,
    "fluent-bit": None,
    "weave-net": None,
}
ABSENT_REASON = {
    "docker": "the landscape lists Docker Inc. as a member and Docker Compose and Docker Swarm "
              "as tools, but has no entry for the Docker engine itself",
    "signoz": "the landscape lists SigNoz only as a member company, not as a project",
    "kustomize": "a Kubernetes SIG CLI sub-project; the landscape has no entry of its own",
    "fluent-bit": "a sub-project of Fluentd; the landscape lists it under Fluentd's entry",
    "weave-net": "not in this landscape snapshot (Weaveworks closed in 2024)",
}
# Company entries, never a project.
MEMBER_CATEGORIES = {"CNCF Members", "Special"}


def slug(s: str) -> str:
    s = s.lower().replace("&", " and ").replace("+", " plus ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def norm_name(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def norm_url(s):
    if not s:
        return ""
    s = s.strip().lower()
    for p in ("https://", "http://", "www."):
        if s.startswith(p):
            s = s[len(p):]
    s = s.rstrip("/")
    return s[:-4] if s.endswith(".git") else s


def https(url):
    """The https form of a URL, or None when it is not an http(s) URL without whitespace."""
    if not url or re.search(r"\s", url):
        return None
    if url.startswith("https://"):
        return url
    if url.startswith("http://"):
        return "https://" + url[len("http://"):]
    return None


def snapshot_date(source: str) -> str:
    m = re.search(r"\((\d{4}-\d{2}-\d{2})\)", source)
    if not m:
        raise SystemExit(f"gen_landscape: no snapshot date (YYYY-MM-DD) in source {source!r}")
    return m.group(1)


def commit_of(source: str):
    m = re.search(r"\bcommit ([0-9a-f]{7,40})\b", source)
    return m.group(1) if m else None


def match_curated(projects, items):
    """curated id -> index of its landscape item (or None), and the absent ones with reasons."""
    candidates = [i for i, it in enumerate(items) if it["category"] not in MEMBER_CATEGORIES]
    matched, absent = {}, []
    for p in projects:
        pid = p["id"]
        if pid in CURATED_MATCH:
            want = CURATED_MATCH[pid]
            if want is None:
                absent.append({"id": pid, "reason": ABSENT_REASON[pid]})
                continue
            hits = [i for i in candidates if items[i]["name"] == want]
            if len(hits) != 1:
                raise SystemExit(f"gen_landscape: override for {pid}: {len(hits)} items named {want!r}")
            matched[pid] = hits[0]
            continue
        found = None
        for key, value, norm in (("repo_url", p["repo"], norm_url), ("name", p["name"], norm_name),
                                 ("name", pid, norm_name), ("homepage_url", p["homepage"], norm_url)):
            want = norm(value)
            hits = [i for i in candidates if want and norm(items[i][key]) == want]
            if len(hits) > 1:
                # e.g. "Harbor" and "Harbor (Wasm)" share a repository: prefer the one named
                # like the project, then the first in landscape order.
                named = [i for i in hits if norm_name(items[i]["name"]) == norm_name(p["name"])]
                hits = named or hits
            if hits:
                found = hits[0]
                break
        if found is None:
            raise SystemExit(f"gen_landscape: curated project {pid} not found in the landscape; "
                             "add it to CURATED_MATCH (with None and a reason if it is absent)")
        matched[pid] = found
    taken = {}
    for pid, i in matched.items():
        if i in taken:
            raise SystemExit(f"gen_landscape: {pid} and {taken[i]} match the same item")
        taken[i] = pid
    return matched, absent


def assign_ids(items, matched, reserved):
    """Every item's id. Curated matches first, then slugs in a fixed order."""
    ids = [None] * len(items)
    used = set(reserved)
    for pid, i in matched.items():
        ids[i] = pid
    order = sorted((i for i in range(len(items)) if ids[i] is None),
                   key=lambda i: (slug(items[i]["name"]), items[i]["name"], items[i]["category"],
                                  items[i]["subcategory"], items[i]["homepage_url"] or "",
                                  items[i]["repo_url"] or "", i))
    for i in order:
        it = items[i]
        base = slug(it["name"]) or "item"
        cand = base
        if cand in used:
            cand = f"{base}-{slug(it['subcategory'])}"
        n = 2
        while cand in used:
            cand = f"{base}-{slug(it['subcategory'])}-{n}"
            n += 1
        used.add(cand)
        ids[i] = cand
    return ids


def build(landscape: dict, curated: dict) -> dict:
    items = landscape["items"]
    source = landscape["source"]
    for it in items:
        key = (it["category"], it["subcategory"])
        if key not in STAGE_MAP:
            raise SystemExit(f"gen_landscape: no stage mapping for {key}; add it to STAGE_MAP")
        for name in key:
            if name not in KO_NAMES:
                raise SystemExit(f"gen_landscape: no Korean name for {name!r}; add it to KO_NAMES")
    for key, stage in STAGE_MAP.items():
        if stage != ELSEWHERE and stage not in STAGES:
            raise SystemExit(f"gen_landscape: {key} maps to unknown stage {stage}")
    projects = curated["projects"]
    matched, absent = match_curated(projects, items)
    reserved = {p["id"] for p in projects} | {a for p in projects for a in p.get("aliases", [])}
    ids = assign_ids(items, matched, reserved)
    curated_stage = {p["id"]: p["stage"] for p in projects}

    categories, cat_ids, sub_ids = [], {}, {}
    for it in items:
        cat, sub = it["category"], it["subcategory"]
        if cat not in cat_ids:
            cat_ids[cat] = slug(cat)
            categories.append({"id": cat_ids[cat], "name": {"ko": KO_NAMES[cat], "en": cat},
                               "subcategories": []})
        if (cat, sub) not in sub_ids:
            sub_ids[(cat, sub)] = f"{cat_ids[cat]}--{slug(sub)}"
            entry = next(c for c in categories if c["id"] == cat_ids[cat])
            entry["subcategories"].append({"id": sub_ids[(cat, sub)],
                                           "name": {"ko": KO_NAMES[sub], "en": sub},
                                           "stage": STAGE_MAP[(cat, sub)]})
    by_name = {it["name"]: it for it in items if it["category"] not in MEMBER_CATEGORIES}
    for child, parent in PART_OF_ITEM.items():
        if child not in by_name or parent not in by_name:
            raise SystemExit(f"gen_landscape: PART_OF_ITEM {child!r} -> {parent!r}: not in the input")
    out_items = []
    for i, it in enumerate(items):
        if it["name"] in PART_OF_ITEM and not it["maturity"]:
            parent = by_name[PART_OF_ITEM[it["name"]]]
            it = dict(it, **{k: parent.get(k) for k in
                             ("maturity", "accepted", "incubating", "graduated", "archived")})
        iid = ids[i]
        stage = curated_stage.get(iid) or ITEM_STAGE.get(it["name"]) or STAGE_MAP[(it["category"], it["subcategory"])]
        row = {"id": iid, "name": it["name"], "category": cat_ids[it["category"]],
               "subcategory": sub_ids[(it["category"], it["subcategory"])], "stage": stage,
               "maturity": it["maturity"] or "not-cncf"}
        for k in ("accepted", "incubating", "graduated", "archived"):
            if it.get(k):
                row[k] = it[k]
        if it.get("description"):
            row["description"] = " ".join(it["description"].split())
        for k, src in (("homepage", "homepage_url"), ("repo", "repo_url")):
            url = https(it.get(src))
            if url:
                row[k] = url
        out_items.append(row)
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "name": "CNCF Cloud Native Landscape",
            "url": "https://github.com/cncf/landscape",
            "file": "landscape.yml",
            "commit": commit_of(source),
            "snapshot": snapshot_date(source),
            "license": "Apache-2.0",
        },
        "categories": categories,
        "curated_absent": absent,
        "items": out_items,
    }


def dump(doc: dict) -> str:
    """Compact but diff-friendly: one line per category and per item."""
    def one(v):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    head = {k: v for k, v in doc.items() if k not in ("categories", "curated_absent", "items")}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"{one(k)}:{one(v)},")
    for key in ("categories", "curated_absent", "items"):
        rows = doc[key]
        lines.append(f"{one(key)}:[")
        lines.extend(one(r) + ("," if n + 1 < len(rows) else "") for n, r in enumerate(rows))
        lines.append("]" + ("," if key != "items" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def summary(doc: dict, curated: dict) -> str:
    """The few landscape figures the trail shows without fetching the landscape: per stage, the
    items that are not curated projects ("N more in the landscape"). Bundled into the app."""
    ours = {p["id"] for p in curated["projects"]}
    more = {s: 0 for s in STAGES}
    for it in doc["items"]:
        if it["stage"] in more and it["id"] not in ours:
            more[it["stage"]] += 1
    out = {"snapshot": doc["source"]["snapshot"], "total": len(doc["items"]), "more": more}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", nargs="?", default=str(DEFAULT_ITEMS),
                    help="flattened landscape items.json (default ../shared/landscape/items.json)")
    ap.add_argument("--curated", default=str(ROOT / "data" / "trailmap.json"))
    ap.add_argument("--out", default=str(ROOT / "data" / "landscape.json"))
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    a = ap.parse_args()
    landscape = json.loads(Path(a.items).read_text(encoding="utf-8"))
    curated = json.loads(Path(a.curated).read_text(encoding="utf-8"))
    doc = build(landscape, curated)
    out = Path(a.out)
    files = {out: dump(doc), out.with_name(out.stem + "-summary.json"): summary(doc, curated)}
    if a.check:
        stale = [str(p) for p, text in files.items()
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        print("gen_landscape: " + ("OUT OF DATE: " + ", ".join(stale) if stale else "up to date"))
        return 1 if stale else 0
    for p, text in files.items():
        p.write_text(text, encoding="utf-8")
    print(f"gen_landscape: wrote {', '.join(str(p) for p in files)} ({len(landscape['items'])} items)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
