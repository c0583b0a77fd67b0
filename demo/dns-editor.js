// The demo editor's behaviour: `?zone=` shows another zone (the e2e tests use it), and the form
// adds rows to the table (nothing leaves the page; the real zone is served by the loopback DNS).
const zone = new URLSearchParams(location.search).get('zone');
if (zone) {
  document.querySelector('main').dataset.zone = zone;
  document.getElementById('zone-name').textContent = zone;
  document.title = `DNS zone — ${zone} — Demo Registrar`;
}
document.getElementById('add-record').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  const row = document.createElement('tr');
  for (const field of ['host', 'type', 'priority', 'value', 'ttl']) {
    const cell = document.createElement('td');
    cell.textContent = String(form.get(field) ?? '');
    row.append(cell);
  }
  document.querySelector('#records tbody').append(row);
  event.currentTarget.reset();
});
