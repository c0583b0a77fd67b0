#!/usr/bin/python3
"""
Copies the zone files listed in manifest.json from local mirrors of their repositories and runs
the two oracles ONCE on each, storing their outputs beside the file (CI has neither the network
nor the oracles: the stored outputs are the oracle). Run from this directory:

    ./make-oracles.py /path/to/mirrors     # holds <owner>+<name>/repo, bare git mirrors
    ./make-oracles.py /path/to/mirrors --new   # only the entries whose outputs are not stored yet

Needs Debian's bind9-utils (named-compilezone) and python3-dnspython.
"""
import ast
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

# Relaxed policy checks: the oracle must read the file as a zone file, not judge host names
# (-k), MX/SRV/NS targets (-M, -S, -n, -i) or SPF/DNSSEC usage (-T, -r). Syntax stays strict.
NAMED = ['named-compilezone', '-i', 'none', '-k', 'ignore', '-n', 'ignore', '-M', 'ignore',
         '-S', 'ignore', '-r', 'ignore', '-T', 'ignore', '-D', '-o', '-']
DNSPYTHON = ['/usr/bin/python3', '-c',
             'import sys, dns.zone; sys.stdout.write(dns.zone.from_file(sys.argv[1], sys.argv[2], '
             'relativize=False, check_origin=False).to_text(relativize=False))']


def source_bytes(mirrors, entry, path):
    repo = os.path.join(mirrors, entry['repo'].replace('/', '+'), 'repo')
    return subprocess.run(['git', '-C', repo, 'show', f"{entry['commit']}:{path}"],
                          check=True, capture_output=True).stdout


def python_constant(source, name):
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == name for t in node.targets):
            return ast.literal_eval(node.value).encode()
    raise KeyError(name)


def run(command, cwd):
    done = subprocess.run(command, cwd=cwd, capture_output=True)
    return done.returncode, done.stdout.decode('utf-8', 'backslashreplace'), done.stderr.decode('utf-8', 'backslashreplace')


MAX_STDERR_LINES = 20
MAX_LINE = 4000


def store(target, shown_command, code, stdout, stderr):
    """The command, its exit code, its stderr (the first lines: hostile files give thousands), its stdout."""
    lines = [f';; command: {shown_command}', f';; exit: {code}']
    errors = stderr.splitlines()
    lines += [f';; stderr: {line}' for line in errors[:MAX_STDERR_LINES]]
    if len(errors) > MAX_STDERR_LINES:
        lines.append(f';; stderr: ({len(errors) - MAX_STDERR_LINES} more lines not kept)')
    for line in stdout.splitlines():
        # A 48,000-byte generic record (of a type the parser skips) is noted, not kept.
        lines.append(line if len(line) <= MAX_LINE else f';; omitted: a line of {len(line)} characters starting {line[:60]!r}')
    with open(target, 'w', encoding='utf-8') as out:
        out.write('\n'.join(lines) + '\n')


def main(mirrors, only_new):
    manifest = json.load(open('manifest.json'))
    for entry in manifest['entries']:
        if only_new and os.path.exists(f"{entry['file']}.named-compilezone.txt"):
            continue
        # Our own cases (repo null) are written by hand or by exportZone, already here; so are the
        # files of a repository too large to mirror, copied from a code index's copy at that commit.
        if entry['repo'] and not entry.get('copied_from_index'):
            data = source_bytes(mirrors, entry, entry['path'])
            if 'python_variable' in entry:
                data = python_constant(data.decode(), entry['python_variable'])
            os.makedirs(os.path.dirname(entry['file']), exist_ok=True)
            open(entry['file'], 'wb').write(data)
        cwd_rel = entry.get('oracle_cwd', os.path.dirname(entry['file']))
        with tempfile.TemporaryDirectory() as scratch:
            # The oracle runs where the zone's $INCLUDE paths resolve, stored or not.
            for item in [{'file': entry['file']}] + entry.get('includes', []):
                stored = item.get('file')
                if stored and stored != entry['file']:
                    os.makedirs(os.path.dirname(stored), exist_ok=True)
                    open(stored, 'wb').write(source_bytes(mirrors, entry, item['path']))
                rel = os.path.relpath(stored, cwd_rel) if stored else os.path.basename(item['path'])
                payload = open(stored, 'rb').read() if stored else source_bytes(mirrors, entry, item['path'])
                os.makedirs(os.path.join(scratch, os.path.dirname(rel)), exist_ok=True)
                open(os.path.join(scratch, rel), 'wb').write(payload)
            zone = os.path.relpath(entry['file'], cwd_rel)
            dnspython = DNSPYTHON
            if entry.get('dnspython_at_commit'):
                # Debian's dnspython is older than this file (it fails on types added since): use
                # the dnspython of the commit the file comes from, pure Python, from the mirror.
                package = os.path.join(scratch, 'dnspython-at-commit')
                os.makedirs(package)
                repo = os.path.join(mirrors, entry['repo'].replace('/', '+'), 'repo')
                archive = subprocess.run(['git', '-C', repo, 'archive', entry['commit'], 'dns'], check=True, capture_output=True).stdout
                subprocess.run(['tar', 'x', '-C', package], input=archive, check=True)
                dnspython = ['env', f"PYTHONPATH=dnspython@{entry['commit'][:12]}"] + DNSPYTHON
            # The command stored names the package by its commit; it runs from the scratch copy.
            at_commit = f"PYTHONPATH=dnspython@{(entry['commit'] or '')[:12]}"
            here = f"PYTHONPATH={os.path.join(scratch, 'dnspython-at-commit')}"
            for name, command in (('named-compilezone', NAMED + [entry['origin'], zone]),
                                  ('dnspython', dnspython + [zone, entry['origin']])):
                code, stdout, stderr = run([here if a == at_commit else a for a in command], scratch)
                shown = shlex.join(command)
                store(f"{entry['file']}.{name}.txt", f'(cd {cwd_rel} && {shown})', code, stdout, stderr)
        print(entry['file'])


if __name__ == '__main__':
    main(sys.argv[1], '--new' in sys.argv[2:])
