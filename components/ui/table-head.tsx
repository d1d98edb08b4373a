/**
 * A table's column headings. A null heading is left out (a column only some users see); a heading
 * given as { hidden } is read to screen readers only (a column of buttons).
 */
export function TableHead({ columns }: { columns: (string | { hidden: string } | null)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) =>
          column === null ? null : (
            <th key={i} scope="col">
              {typeof column === "string" ? column : <span className="visually-hidden">{column.hidden}</span>}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
