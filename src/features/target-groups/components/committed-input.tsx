import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
};

/**
 * A text box whose value lives in the address. Writing the address is an
 * asynchronous navigation, so the box keeps what is typed and takes the
 * address's value only while it is not being typed in (e.g. after "Nulstil").
 */
export function CommittedInput({ value, onCommit, ...rest }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState(value);
  useEffect(() => {
    if (document.activeElement !== ref.current) setLocal(value);
  }, [value]);
  return (
    <input
      {...rest}
      ref={ref}
      value={local}
      onChange={(e) => {
        setLocal(e.target.value);
        onCommit(e.target.value);
      }}
    />
  );
}
