// Times of day as a Norwegian leader types them: "9", "0930", "9.30" or "09:30" all mean 09:30, shown back
// on the 24-hour clock. The browser's time input follows the operating system's locale (an English Windows
// shows 09:30 AM and takes "pm"), so the tab reads the text itself, as it does dates (dates.ts).

export type ParsedTime = { kind: 'empty' } | { kind: 'time'; hhmm: string } | { kind: 'invalid' };

// hours alone ("9", "14"), or hours and minutes with ":" "." or nothing between ("930", "0930", "9:30")
const TIME = /^(\d{1,2})(?:\s*[:.]\s*(\d{2})|(\d{2}))?$/;

export function parseTimeInput(text: string): ParsedTime {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  // "930" is 9:30, not 93 hours: three digits are one hour digit and two minute digits
  const digits = /^\d{3}$/.test(typed) ? `0${typed}` : typed;
  const match = TIME.exec(digits);
  if (!match) return { kind: 'invalid' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? '0');
  if (hours > 23 || minutes > 59) return { kind: 'invalid' };
  return { kind: 'time', hhmm: `${pad(hours)}:${pad(minutes)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
