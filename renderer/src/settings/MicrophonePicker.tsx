type Props = {
  devices: MediaDeviceInfo[];
  value: string | null;
  onChange(deviceId: string | null): void;
  id?: string;
};

/** The system default plus each input; unnamed inputs (no access yet) are numbered. */
export function MicrophonePicker({ devices, value, onChange, id = 'microphone' }: Props) {
  const known = value === null || devices.some((d) => d.deviceId === value);
  return (
    <label className="field" htmlFor={id}>
      <span className="field__label">Microphone</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">System default</option>
        {devices
          .filter((d) => d.deviceId && d.deviceId !== 'default')
          .map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
        {!known && <option value={value ?? ''}>Saved microphone (not connected)</option>}
      </select>
    </label>
  );
}
