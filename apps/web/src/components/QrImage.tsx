// A QR code for a URL or text, drawn as SVG by the `qrcode` library (sharp on screen and paper).
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function QrImage({ text, size = 160, alt, testId }: { text: string; size?: number; alt?: string; testId?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img src={src} width={size} height={size} alt={alt ?? text} data-testid={testId} data-qr={text} style={{ display: 'block' }} />
  ) : (
    <div style={{ width: size, height: size }} data-testid={testId ? `${testId}-pending` : undefined} />
  );
}
