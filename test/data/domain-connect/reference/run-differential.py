#!/usr/bin/python3
"""Differential run, part 1: every template of a Domain-Connect/Templates checkout applied by the
reference implementation (DomainConnectApplyZone) with generated variable values, at the apex and
at `sub`, on the empty and the existing zone of cases.json and on a zone of web records. Writes one JSON file that
test/data/domain-connect/reference/dc-differential.ts reads to apply the same cases with ours and compare.

The output holds data derived from templates that have no licence: write it outside the
repository (e.g. /tmp) and never commit it. See ../README.md for the command and the counts.

Usage: run-differential.py <DomainConnectApplyZone checkout> <Templates checkout> <out.json>
"""
import glob
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, sys.argv[1])
from reference_apply import apply_case  # noqa: E402  (beside this file)

templates_dir, out_path = sys.argv[2], sys.argv[3]
with open(os.path.join(here, 'cases.json')) as f:
    cases = json.load(f)
domain = cases['domain']
# Beside cases.json's two zones, one where web records stand: addresses at the apex and at sub,
# aliases at www and www.sub (most templates write A and CNAME records).
zones = dict(cases['zones'], web=[
    {'type': 'A', 'name': '@', 'data': '198.51.100.7', 'ttl': 3600},
    {'type': 'AAAA', 'name': '@', 'data': '2001:db8::7', 'ttl': 3600},
    {'type': 'CNAME', 'name': 'www', 'data': 'old-site.example.org', 'ttl': 3600},
    {'type': 'A', 'name': 'sub', 'data': '198.51.100.8', 'ttl': 3600},
    {'type': 'AAAA', 'name': 'sub', 'data': '2001:db8::8', 'ttl': 3600},
    {'type': 'CNAME', 'name': 'www.sub', 'data': 'old-site.example.org', 'ttl': 3600},
])

TEXT_FIELDS = ['host', 'pointsTo', 'data', 'spfRules', 'name', 'target', 'service', 'protocol',
               'ttl', 'priority', 'weight', 'port']
NUMBER_FIELDS = ('ttl', 'priority', 'weight', 'port')
# The kinds a variable can take, most constraining first: a value of an earlier kind also
# fits where a later one is expected (a label is a valid target, an address a valid token…).
KINDS = ['number', 'protocol', 'service', 'ipv4', 'ipv6', 'url', 'caa', 'label', 'target', 'spf', 'token']
# Each variable gets its own value ({n}: its rank), so that two host variables never name the same record.
VALUES = {'number': '3600', 'protocol': 'tcp', 'service': '_sip{n}', 'ipv4': '192.0.2.{n}', 'ipv6': '2001:db8:1::{n}',
          'url': 'https://www.example.net/landing{n}', 'caa': '0 issue "ca{n}.example.net"', 'label': 'abc{n}',
          'target': 'target{n}.example.net', 'spf': 'include:spf{n}.example.net', 'token': 'token-Ab{n}'}


def kind_of(record_type, field, whole, before):
    """The kind of value a %variable% needs where it stands in one field of one record."""
    if field in NUMBER_FIELDS:
        return 'number'
    if field in ('protocol', 'service') and whole:
        return field
    if field in ('host', 'name', 'service'):
        return 'label'
    if field == 'pointsTo' and whole and record_type in ('A', 'AAAA'):
        return 'ipv4' if record_type == 'A' else 'ipv6'
    if field == 'target' and record_type.startswith('REDIR'):
        return 'url' if whole else 'label'
    if field in ('pointsTo', 'target'):
        return 'target' if whole else 'label'
    if field == 'spfRules':
        if whole:
            return 'spf'
        if before.endswith(('ip4:', 'ip6:')):
            return 'ipv4' if before.endswith('ip4:') else 'ipv6'
        return 'target' if before.endswith((':', '=')) else 'label'
    if field == 'data' and before.lower().startswith('v=spf1'):
        return 'target' if before.endswith((':', '=')) else 'spf'
    if record_type == 'CAA':
        return 'caa' if whole else 'label'
    return 'token'


def generated_params(template):
    kinds = {}
    for record in template.get('records', []):
        for field in TEXT_FIELDS:
            value = record.get(field)
            if not isinstance(value, str):
                continue
            for match in re.finditer(r'%([^%]*)%', value):
                name = match.group(1)
                if name.lower() in ('host', 'domain', 'fqdn'):
                    continue
                kind = kind_of(record.get('type', '').upper(), field, match.group(0) == value, value[:match.start()])
                if name not in kinds or KINDS.index(kind) < KINDS.index(kinds[name]):
                    kinds[name] = kind
    return {name: VALUES[kind].format(n=n) for n, (name, kind) in enumerate(sorted(kinds.items()), 1)}, kinds


results = []
for path in sorted(glob.glob(os.path.join(templates_dir, '*.json'))):
    name = os.path.basename(path)
    with open(path) as f:
        template = json.load(f)
    params, kinds = generated_params(template)
    groups = sorted(set(r['groupId'] for r in template.get('records', []) if 'groupId' in r))
    # Every group at once, then each group alone when there are several: groups often hold
    # alternatives (an A or a CNAME at www) that conflict when applied together.
    selections = [None] + ([[g] for g in groups] if len(groups) > 1 else [])
    for selection in selections:
        for host in cases['hosts']:
            for zone_name, zone in zones.items():
                outcome = {'template': name, 'label': 'generated', 'host': host, 'zone': zone_name,
                           'params': params, 'kinds': kinds, 'groups': selection}
                apply_case(template, zone, domain, host, params, selection, outcome)
                results.append(outcome)

with open(out_path, 'w') as f:
    json.dump({'domain': domain, 'zones': zones, 'results': results}, f, indent=1, sort_keys=True)
    f.write('\n')
print('%d results written to %s' % (len(results), out_path))
