import { useCallback, useRef, useState, type MutableRefObject } from "react";

/**
 * A step's state updated by patches, with a ref that always holds the latest state, so that async actions
 * read what the clerk did meanwhile rather than the state of the render that started them.
 * @example const [state, stateRef, update] = usePatchedState({ busy: false, outcome: null }); update({ busy: true });
 */
export function usePatchedState<State extends object>(initial: State): [State, MutableRefObject<State>, (patch: Partial<State>) => void] {
  const stateRef = useRef<State>(initial);
  const [state, setState] = useState<State>(initial);
  const update = useCallback((patch: Partial<State>) => {
    stateRef.current = { ...stateRef.current, ...patch };
    setState(stateRef.current);
  }, []);
  return [state, stateRef, update];
}
