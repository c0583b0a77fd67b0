#!/usr/bin/python3
"""Runs Domain Connect's reference implementation (DomainConnectApplyZone) once on every case of
cases.json and writes what it answers to outputs.json. Our tests compare our application with
that file; CI has no network and never runs this script (see ../README.md for the exact command).

Usage: run-reference.py <checkout of Domain-Connect/DomainConnectApplyZone> [cases.json] [outputs.json]
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, sys.argv[1])
from reference_apply import apply_case  # noqa: E402  (beside this file)

cases_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'cases.json')
outputs_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, 'outputs.json')
with open(cases_path) as f:
    cases = json.load(f)
domain = cases['domain']


results = []
for entry in cases['templates']:
    with open(os.path.join(here, '..', 'templates', entry['file'])) as f:
        template = json.load(f)
    for case in entry['cases']:
        for host in cases['hosts']:
            for zone_name, zone in cases['zones'].items():
                outcome = {'template': entry['file'], 'label': case['label'], 'host': host, 'zone': zone_name,
                           'params': case['params'], 'groups': case.get('groups')}
                apply_case(template, zone, domain, host, case['params'], case.get('groups'), outcome)
                results.append(outcome)

with open(outputs_path, 'w') as f:
    json.dump({'domain': domain, 'results': results}, f, indent=1, sort_keys=True)
    f.write('\n')
print('%d results written to %s' % (len(results), outputs_path))
