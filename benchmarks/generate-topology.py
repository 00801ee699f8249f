#!/usr/bin/env python3
"""Writes a registry topology file (docs/topology-format.md) with N spokes, for benchmarks.

Usage: generate-topology.py N OUT.yaml

The spokes are spread over eight registries in four regions and twelve projects of three tenants; every
spoke states that it reaches its registry and the hub API server. One regional registry cannot be reached by
the hub, so a share of the spokes needs manual sync, as in a real multiple-registries fleet.
"""

import sys

import yaml

REGIONS = ["us-east", "us-west", "eu-west", "ap-south"]
TENANTS = ["research", "retail", "industry"]
PROJECTS = [f"project-{i:02d}" for i in range(12)]


def registries():
    result = []
    for index in range(8):
        region = REGIONS[index % len(REGIONS)]
        result.append({
            "id": f"zot-{region}-{index // len(REGIONS)}",
            "kind": "zot",
            "endpoint": f"oci://zot-{index}.{region}.example.com",
            "onHub": False,
            "exposure": "none",
            "replicas": 1,
            "storage": "ephemeral",
            "ingressTls": True,
            "ingressUnlimitedBody": True,
            # The last registry sits in an isolated network: its spokes are synchronized by hand.
            "hubCanPush": index != 7,
        })
    return result


def spoke(index, registry_id):
    return {
        "name": f"spoke-{index:05d}",
        "region": REGIONS[index % len(REGIONS)],
        "projects": [PROJECTS[index % len(PROJECTS)]],
        "ociRegistry": {
            "registry": registry_id,
            "repository": "mural-workloads",
            "timeout": "60s",
            "provider": "generic",
            "basicAuthSecretName": f"{registry_id}-pull",
        },
    }


def topology(count):
    regs = registries()
    hub_registry = regs[0]["id"]
    spokes = [spoke(i, regs[i % len(regs)]["id"]) for i in range(count)]
    facts = [{"kind": "hub-to-registry", "from": "hub", "to": r["id"],
              "reach": "unreachable" if not r["hubCanPush"] else "reachable", "origin": "stated"} for r in regs]
    for s in spokes:
        facts.append({"kind": "spoke-to-registry", "from": s["name"], "to": s["ociRegistry"]["registry"],
                      "reach": "reachable", "origin": "stated"})
        facts.append({"kind": "spoke-to-hub-api", "from": s["name"], "to": "hub", "reach": "reachable",
                      "origin": "stated"})
    return {
        "kind": "RegistryTopology",
        "version": 1,
        "name": f"benchmark-{count}",
        "description": f"Generated benchmark topology with {count} spokes.",
        "production": True,
        "hub": {
            "name": "hub",
            "apiServer": "https://hub-api.example.com:6443",
            "releaseNamespace": "mural-system",
            "ociRegistry": {"registry": hub_registry, "repository": "mural-workloads", "timeout": "60s",
                            "provider": "generic", "basicAuthSecretName": f"{hub_registry}-push"},
        },
        "registries": regs,
        "spokes": spokes,
        "projects": [{"name": p, "tenant": TENANTS[i % len(TENANTS)]} for i, p in enumerate(PROJECTS)],
        "tenants": [{"name": t} for t in TENANTS],
        "reachability": facts,
        "federationRules": [{"pattern": "definitions/**", "scope": "global"},
                            {"pattern": "projects/{project}/**", "scope": "project"}],
    }


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit():
        sys.stderr.write("usage: generate-topology.py N OUT.yaml\n")
        return 2
    with open(argv[2], "w", encoding="utf-8") as out:
        yaml.safe_dump(topology(int(argv[1])), out, sort_keys=False, default_flow_style=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
