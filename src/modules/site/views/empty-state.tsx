/** An honest "nothing here yet" message in the page frame; never placeholder items. */
export function EmptyState({ text }: { text: string }) {
  return <p class="empty">{text}</p>;
}
