// Rectangles, and fitting one size into a box keeping its aspect ratio.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where on each axis the fitted content sits inside the box. */
export interface Align {
  x: 'start' | 'center' | 'end';
  y: 'start' | 'center' | 'end';
}

const CENTER: Align = { x: 'center', y: 'center' };

/**
 * The largest rectangle with the aspect ratio of `content` inside `box`;
 * `y: 'end'` puts it at the top of the box (PDF y grows upwards).
 */
export function fitRect(content: Size, box: Rect, align: Align = CENTER): Rect {
  const scale = Math.min(box.width / content.width, box.height / content.height);
  const width = content.width * scale;
  const height = content.height * scale;
  return {
    x: box.x + offset(box.width - width, align.x),
    y: box.y + offset(box.height - height, align.y),
    width,
    height,
  };
}

function offset(room: number, where: Align['x']): number {
  return where === 'start' ? 0 : where === 'end' ? room : room / 2;
}
