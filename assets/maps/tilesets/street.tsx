<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="street" tilewidth="16" tileheight="16" tilecount="160" columns="16">
 <image source="../../sprites/tiles/street.png" width="256" height="160"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_asphalt_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_asphalt_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_asphalt_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_asphalt_4"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_asphalt_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="road_dash_h"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="road_double_h"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="road_dash_v"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="road_crosswalk"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="road_stop"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="floor_sidewalk_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="floor_sidewalk_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="floor_sidewalk_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="floor_sidewalk_4"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="floor_sidewalk_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="kerb_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="kerb_top_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="kerb_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="kerb_top_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="kerb_corner_l"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="kerb_corner_r"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="roof_edge"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="roof_edge_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="roof_edge_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="roof_edge_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="roof_edge_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="roof_edge_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="roof_edge_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="roof_edge_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="roof_edge_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="roof_edge_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="roof_edge_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="roof_edge_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="roof_edge_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="roof_edge_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="roof_edge_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="roof_edge_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="roof_edge_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="roof_edge_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="roof_edge_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="roof_edge_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="roof_edge_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="roof_edge_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="roof_edge_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="roof_edge_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="roof_edge_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_brick_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="wall_brick_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="wall_brick_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="wall_brick_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="wall_brick_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="wall_brick_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="wall_brick_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="wall_brick_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="wall_stone_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="wall_stone_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="wall_stone_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="wall_stone_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="wall_stone_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="wall_stone_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="60">
  <properties>
   <property name="tile_name" value="wall_stone_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="61">
  <properties>
   <property name="tile_name" value="wall_stone_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="window_brick_dark_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="window_brick_dark_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="window_brick_lit_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="window_brick_lit_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="window_stone_dark_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="window_stone_dark_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="window_stone_lit_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="window_stone_lit_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="window_brick_tv"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="70" duration="300"/>
   <frame tileid="71" duration="180"/>
   <frame tileid="72" duration="120"/>
   <frame tileid="73" duration="400"/>
  </animation>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="awning_l"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="awning_m"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="awning_r"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="entrance_44[0,0]"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="entrance_44[1,0]"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="entrance_44[0,1]"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="entrance_44[1,1]"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="entrance_45[0,0]"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="entrance_45[1,0]"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="entrance_45[0,1]"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="entrance_45[1,1]"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="sign_bar[0,0]"/>
  </properties>
  <animation>
   <frame tileid="82" duration="1200"/>
   <frame tileid="84" duration="90"/>
  </animation>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="sign_bar[1,0]"/>
  </properties>
  <animation>
   <frame tileid="83" duration="1200"/>
   <frame tileid="85" duration="90"/>
  </animation>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="sign_deli[0,0]"/>
  </properties>
  <animation>
   <frame tileid="86" duration="900"/>
   <frame tileid="88" duration="120"/>
  </animation>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="sign_deli[1,0]"/>
  </properties>
  <animation>
   <frame tileid="87" duration="900"/>
   <frame tileid="89" duration="120"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="payphone[0,0]"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="payphone[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="12" height="12"/>
  </objectgroup>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="street_lamp[0,0]"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="tile_name" value="street_lamp[0,1]"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="tile_name" value="street_lamp[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="8"/>
  </objectgroup>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="street_lamp_flicker[0,0]"/>
  </properties>
  <animation>
   <frame tileid="91" duration="1600"/>
   <frame tileid="92" duration="70"/>
   <frame tileid="98" duration="120"/>
   <frame tileid="99" duration="60"/>
  </animation>
 </tile>
 <tile id="107">
  <properties>
   <property name="tile_name" value="street_lamp_flicker[0,1]"/>
  </properties>
  <animation>
   <frame tileid="107" duration="1600"/>
   <frame tileid="108" duration="70"/>
   <frame tileid="114" duration="120"/>
   <frame tileid="115" duration="60"/>
  </animation>
 </tile>
 <tile id="123">
  <properties>
   <property name="tile_name" value="street_lamp_flicker[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="123" duration="1600"/>
   <frame tileid="124" duration="70"/>
   <frame tileid="130" duration="120"/>
   <frame tileid="131" duration="60"/>
  </animation>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="taxi[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="taxi[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="taxi[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="taxi[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="taxi[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="taxi[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="hydrant"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="10"/>
  </objectgroup>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="trash_can"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="12" height="12"/>
  </objectgroup>
 </tile>
 <tile id="105">
  <properties>
   <property name="tile_name" value="news_box"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="12" height="10"/>
  </objectgroup>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="manhole[0,0]"/>
  </properties>
  <animation>
   <frame tileid="109" duration="140"/>
   <frame tileid="110" duration="140"/>
   <frame tileid="111" duration="140"/>
   <frame tileid="112" duration="140"/>
  </animation>
 </tile>
 <tile id="125">
  <properties>
   <property name="tile_name" value="manhole[0,1]"/>
  </properties>
  <animation>
   <frame tileid="125" duration="140"/>
   <frame tileid="126" duration="140"/>
   <frame tileid="127" duration="140"/>
   <frame tileid="128" duration="140"/>
  </animation>
 </tile>
 <tile id="119">
  <properties>
   <property name="tile_name" value="sidewalk_glow[0,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="tile_name" value="sidewalk_glow[1,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="tile_name" value="sidewalk_glow[2,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="tile_name" value="sidewalk_glow[0,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="tile_name" value="sidewalk_glow[1,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="tile_name" value="sidewalk_glow[2,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="tile_name" value="asphalt_glow[0,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="tile_name" value="asphalt_glow[1,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="tile_name" value="asphalt_glow[2,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="tile_name" value="asphalt_glow[0,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="tile_name" value="asphalt_glow[1,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="tile_name" value="asphalt_glow[2,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
</tileset>
