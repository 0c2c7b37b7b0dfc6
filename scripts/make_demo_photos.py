"""Draw the demo's report photos: simple illustrated scenes, made here, free of any licence.

    /work/main/.venv/bin/python scripts/make_demo_photos.py

Writes portal/demo/photos/*.jpg (1600×1000, each well under 120 KB): a café table, a walk
with a map, a meeting in a circle, checking emergency supplies, a booth at a festival. The
files are committed; load_demo attaches them to the demo's reports (portal/demo/photos.py).
Drawing is deterministic, so running the script again gives the same pictures.
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent.parent / "portal" / "demo" / "photos"
SIZE = W, H = 1600, 1000
MAX_BYTES = 120 * 1024

SKIN = [(241, 200, 160), (224, 172, 128), (198, 145, 104)]
CLOTHES = [(70, 120, 180), (200, 90, 80), (90, 150, 100), (230, 170, 60), (150, 100, 170)]


def person(draw, x, y, scale=1.0, colour=0, rng=None):
    """A seated or standing figure: body, head, hair."""
    rng = rng or random.Random(colour)
    body = CLOTHES[colour % len(CLOTHES)]
    s = scale
    draw.rounded_rectangle((x - 45 * s, y, x + 45 * s, y + 150 * s), radius=int(35 * s), fill=body)
    draw.ellipse((x - 34 * s, y - 75 * s, x + 34 * s, y - 7 * s), fill=SKIN[colour % 3])
    hair = rng.choice([(50, 40, 35), (90, 70, 50), (160, 160, 160), (30, 30, 30)])
    draw.chord((x - 36 * s, y - 80 * s, x + 36 * s, y - 20 * s), 180, 360, fill=hair)


def cafe_table(draw, rng):
    draw.rectangle((0, 0, W, H), fill=(246, 232, 210))
    draw.rectangle((0, 640, W, H), fill=(196, 150, 110))  # floor
    for x in (150, 650, 1150):  # windows with a green outside
        draw.rectangle((x, 90, x + 340, 420), fill=(255, 255, 255))
        draw.rectangle((x + 12, 102, x + 328, 408), fill=(170, 215, 230))
        draw.ellipse((x + 40, 260, x + 200, 420), fill=(120, 180, 110))
        draw.line((x + 170, 102, x + 170, 408), fill=(255, 255, 255), width=10)
    for i, x in enumerate((420, 620, 980, 1180)):
        person(draw, x, 470, 1.15, colour=i, rng=rng)
    draw.rounded_rectangle((300, 610, 1300, 680), radius=20, fill=(150, 100, 60))  # table
    draw.rectangle((360, 680, 400, 900), fill=(120, 80, 50))
    draw.rectangle((1200, 680, 1240, 900), fill=(120, 80, 50))
    for x in (450, 640, 960, 1150):  # cups and saucers
        draw.ellipse((x - 50, 600, x + 50, 625), fill=(255, 255, 255))
        draw.rounded_rectangle((x - 30, 555, x + 30, 610), radius=8, fill=(250, 250, 245))
        draw.arc((x + 20, 565, x + 50, 595), 270, 90, fill=(250, 250, 245), width=7)
    draw.ellipse((760, 570, 860, 615), fill=(230, 180, 90))  # a plate of sweets
    for dx in (-25, 0, 25):
        draw.ellipse((800 + dx - 14, 570, 800 + dx + 14, 595), fill=(180, 110, 60))
    draw.rectangle((1420, 520, 1500, 640), fill=(170, 90, 60))  # a plant
    for dx, dy in ((-40, -40), (0, -90), (40, -40), (-10, -130), (30, -110)):
        draw.ellipse((1440 + dx, 480 + dy, 1500 + dx, 540 + dy), fill=(80, 150, 80))


def map_walk(draw, rng):
    draw.rectangle((0, 0, W, H), fill=(190, 225, 245))
    draw.ellipse((1250, 80, 1400, 230), fill=(255, 220, 120))  # sun
    draw.rectangle((0, 520, W, H), fill=(150, 200, 120))  # park
    draw.polygon([(650, H), (950, H), (860, 520), (760, 520)], fill=(225, 205, 165))  # path
    for x in range(60, W, 230):  # trees
        if 560 < x < 1000:
            continue
        top = 330 + rng.randint(-40, 40)
        draw.rectangle((x + 50, top + 150, x + 80, 560), fill=(120, 85, 55))
        draw.ellipse((x, top, x + 130, top + 190), fill=(70, 140, 80))
    for i, x in enumerate((430, 560, 1050, 1180)):
        person(draw, x, 600, 1.3, colour=i + 1, rng=rng)
    # The map, held open between two people
    draw.polygon([(470, 650), (720, 630), (730, 800), (480, 820)], fill=(250, 248, 235))
    draw.line((520, 700, 690, 680), fill=(220, 90, 80), width=8)
    draw.line((600, 650, 620, 800), fill=(90, 130, 200), width=6)
    for cx, cy in ((560, 740), (660, 720)):
        draw.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=(230, 120, 40))
    draw.rectangle((1380, 600, 1390, 760), fill=(90, 90, 90))  # a sign for the shelter
    draw.rounded_rectangle((1320, 520, 1450, 610), radius=10, fill=(40, 140, 90))
    draw.polygon([(1360, 590), (1385, 540), (1410, 590)], fill=(255, 255, 255))


def meeting(draw, rng):
    draw.rectangle((0, 0, W, H), fill=(236, 238, 242))
    draw.rectangle((0, 700, W, H), fill=(170, 160, 150))
    draw.rectangle((480, 90, 1120, 420), fill=(255, 255, 255), outline=(120, 120, 130), width=10)
    for i, (x, y) in enumerate(((560, 160), (760, 180), (940, 150), (640, 290), (880, 300))):
        colour = [(255, 230, 120), (170, 220, 250), (250, 190, 200)][i % 3]
        draw.rectangle((x, y, x + 130, y + 90), fill=colour)  # sticky notes
        draw.line((x + 15, y + 35, x + 110, y + 35), fill=(120, 120, 120), width=5)
        draw.line((x + 15, y + 60, x + 90, y + 60), fill=(120, 120, 120), width=5)
    seats = [(230, 560), (470, 520), (1130, 520), (1370, 560), (640, 640), (960, 640)]
    for i, (x, y) in enumerate(seats):
        draw.rectangle((x - 60, y + 120, x + 60, y + 140), fill=(110, 80, 60))  # chair
        person(draw, x, y, 1.05, colour=i, rng=rng)
    draw.ellipse((620, 760, 980, 880), fill=(200, 170, 130))  # low table
    draw.rectangle((700, 780, 780, 830), fill=(255, 255, 255))
    draw.rectangle((820, 790, 900, 835), fill=(255, 250, 220))


def supplies(draw, rng):
    draw.rectangle((0, 0, W, H), fill=(240, 236, 226))
    draw.rectangle((0, 620, W, H), fill=(190, 175, 150))
    draw.rounded_rectangle((140, 560, 1460, 650), radius=16, fill=(130, 100, 70))  # long table
    for i, x in enumerate(range(220, 700, 120)):  # water bottles
        draw.rounded_rectangle((x, 330, x + 80, 560), radius=20, fill=(170, 210, 240))
        draw.rectangle((x + 25, 300, x + 55, 335), fill=(60, 110, 190))
        draw.rectangle((x, 420, x + 80, 470), fill=(60, 110, 190) if i % 2 else (230, 90, 70))
    for x, colour in ((760, (205, 160, 100)), (960, (185, 140, 90))):  # boxes
        draw.rectangle((x, 400, x + 180, 560), fill=colour)
        draw.line((x, 440, x + 180, 440), fill=(150, 110, 70), width=6)
    draw.chord((1180, 400, 1400, 620), 180, 360, fill=(250, 200, 40))  # helmet
    draw.rectangle((1170, 505, 1410, 525), fill=(230, 180, 30))
    draw.rounded_rectangle((1230, 300, 1330, 390), radius=10, fill=(220, 60, 60))  # first aid
    draw.rectangle((1270, 315, 1290, 375), fill=(255, 255, 255))
    draw.rectangle((1250, 335, 1310, 355), fill=(255, 255, 255))
    for i, x in enumerate((300, 700, 1100)):
        person(draw, x, 760, 1.2, colour=i + 2, rng=rng)


def festival(draw, rng):
    draw.rectangle((0, 0, W, H), fill=(200, 230, 250))
    draw.rectangle((0, 640, W, H), fill=(210, 200, 180))
    for x in range(0, W, 160):  # bunting
        draw.polygon([(x, 60), (x + 160, 60), (x + 80, 140)], fill=CLOTHES[(x // 160) % 5])
    draw.line((0, 60, W, 60), fill=(120, 120, 120), width=4)
    draw.polygon([(300, 260), (1300, 260), (1380, 360), (220, 360)], fill=(240, 110, 90))  # tent
    for x in range(220, 1380, 116):
        draw.rectangle((x, 330, x + 58, 360), fill=(255, 255, 255))
    draw.rectangle((250, 360, 270, 700), fill=(140, 140, 140))
    draw.rectangle((1330, 360, 1350, 700), fill=(140, 140, 140))
    draw.rectangle((360, 540, 1240, 620), fill=(250, 250, 250))  # counter
    for i, x in enumerate((520, 800, 1080)):
        person(draw, x, 420, 1.0, colour=i, rng=rng)
    for i, x in enumerate((170, 620, 1000, 1450)):
        person(draw, x, 700, 1.35, colour=i + 3, rng=rng)
    for x in (430, 1150):  # leaflets on the counter
        draw.rectangle((x, 555, x + 90, 600), fill=(255, 230, 150))


SCENES = {
    "cafe": cafe_table,
    "map-walk": map_walk,
    "meeting": meeting,
    "supplies": supplies,
    "festival": festival,
}


def draw_scene(scene) -> Image.Image:
    image = Image.new("RGB", SIZE)
    scene(ImageDraw.Draw(image), random.Random(scene.__name__))
    return image.filter(ImageFilter.SMOOTH)  # soften the edges a little, like a photo


def save(image: Image.Image, path: Path) -> int:
    for quality in (85, 78, 70, 60):
        image.save(path, format="JPEG", quality=quality, optimize=True, progressive=True)
        if path.stat().st_size <= MAX_BYTES:
            break
    return path.stat().st_size


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, scene in SCENES.items():
        size = save(draw_scene(scene), OUT / f"{name}.jpg")
        print(f"{name}.jpg {size // 1024} KB")


if __name__ == "__main__":
    main()
