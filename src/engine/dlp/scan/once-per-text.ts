/**
 * A test of a whole message, answered once per text: a message's values ask it one after another
 * (each account, each licence), and a long text's blocks each ask it again. Kept on the last text
 * only, compared by identity first.
 */
export function oncePerText(test: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | null = null;
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastAnswer = test(text);
    }
    return lastAnswer;
  };
}
